import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Inspection } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';
import { getTemplate } from '../catalog/catalogStore';
import { loadThemeNames } from '../catalog/themeNames';
import { database } from '../db/database';
import { readInspection } from './inspectionStore';

export type OpenedInspection =
	| { ok: true; inspection: Inspection; template: ChecklistTemplate; agency: Agency | null }
	| { ok: false; message: LocalizedText; detail?: string };

/** Everything a page needs to show one inspection, read from the device only (works offline). */
export async function openInspection(id: string): Promise<OpenedInspection> {
	const read = await readInspection(id);
	if (!read) {
		return {
			ok: false,
			message: { vi: 'Không tìm thấy phiếu kiểm tra này trên máy.', en: 'This inspection is not on this device.' }
		};
	}
	if (!read.ok) {
		return {
			ok: false,
			message: {
				vi: 'Phiếu này được lưu theo dạng cũ hoặc bị hỏng nên chưa mở được. Dữ liệu vẫn được giữ nguyên trên máy.',
				en: 'This inspection was stored in an old or damaged form and cannot be opened. Its data is kept on the device.'
			},
			detail: read.error
		};
	}
	const inspection = read.inspection;
	// The template, the agency and the themes' names (data, as the last sync brought them) are read
	// at once: each read is a round trip to IndexedDB, and opening a page from a tap waits for them.
	const [template, agency] = await Promise.all([
		getTemplate(inspection.templateId, inspection.templateVersion),
		database().agencies.get(inspection.agencyId),
		loadThemeNames()
	]);
	if (!template) {
		return {
			ok: false,
			message: {
				vi: `Máy chưa có mẫu phiếu ${inspection.templateId} (phiên bản ${inspection.templateVersion}). Hãy kết nối mạng để tải về.`,
				en: `Checklist ${inspection.templateId} (version ${inspection.templateVersion}) is not on this device. Connect to download it.`
			}
		};
	}
	return { ok: true, inspection, template, agency: agency ?? null };
}
