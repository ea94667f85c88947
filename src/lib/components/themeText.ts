import type { SeedTheme } from '$lib/domain/checklist';
import type { LocalizedText } from '$lib/domain/localized';
import { knownThemes } from './knownThemes';

/** The names of the nine seed themes (the themes table starts with them; see theme.ts). */
export const THEME_TEXT: Readonly<Record<SeedTheme, LocalizedText>> = {
	discipline: { vi: 'Tinh thần, thái độ làm việc; kỷ luật, kỷ cương', en: 'Attitude, working hours, discipline' },
	communication: { vi: 'Giao tiếp, ứng xử ("4 xin, 4 luôn")', en: 'Communication and courtesy ("4 xin, 4 luôn")' },
	dress: { vi: 'Trang phục, thẻ công chức', en: 'Dress code and ID card' },
	office: { vi: 'Bài trí công sở', en: 'Office arrangement' },
	'alcohol-tobacco': { vi: 'Rượu, bia, thuốc lá', en: 'Alcohol and tobacco' },
	meetings: { vi: 'Chế độ hội họp', en: 'Meetings' },
	'public-listing': { vi: 'Niêm yết thủ tục hành chính, một cửa', en: 'Public listing of procedures, one-stop shop' },
	'it-services': { vi: 'Ứng dụng CNTT, dịch vụ công trực tuyến', en: 'IT use and online public services' },
	feedback: { vi: 'Tiếp nhận phản ánh, kiến nghị', en: 'Complaints and feedback channels' }
};

/**
 * A theme's name for any theme id, where the themes list may be missing (server code, supervisor and
 * admin pages): the seed nine by their names, a theme an administrator added by the name given (from
 * `added`, by default the names this page knows: knownThemes.ts), else by its id. Inspector pages
 * that must stay small name themes from the data alone (themeName in knownThemes.ts).
 */
export function themeText(id: string, added: ReadonlyMap<string, LocalizedText> = knownThemes): LocalizedText {
	return (THEME_TEXT as Readonly<Record<string, LocalizedText>>)[id] ?? added.get(id) ?? { vi: id, en: id };
}
