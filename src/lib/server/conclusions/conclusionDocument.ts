import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { formatCitation } from '$lib/domain/citation';
import { formatDate } from '$lib/domain/dates';
import { administrativeDate, placeName, type AdministrativeDocument, type DocumentBlock, type DocumentSigner } from '$lib/domain/administrativeDocument';
import { DOCUMENT_KIND_TITLES } from '$lib/domain/documentNumber';
import { scoreInspection } from '$lib/domain/scoring';
import { TEAM_ROLE_TEXT, inRoleOrder } from '$lib/domain/teamRoles';
import type { Team } from '$lib/domain/team';
import { THEME_TEXT } from '$lib/components/themeText';
import { formatRate } from '$lib/components/statusText';

/**
 * The text of a kết luận kiểm tra, built once when it is issued and stored as it was issued (an
 * AdministrativeDocument): what the agency received never changes when a template, an agency's name
 * or a recommendation changes later. One conclusion covers one approved inspection or several (a
 * plan's visits); each inspection gets its findings by theme, its violations with their legal basis,
 * and its recommendations with deadlines, and the document ends with who must do what.
 */

/** One approved inspection, as the conclusion reads it. */
export interface ConcludedInspection {
	inspectionId: string;
	revision: number;
	agency: Agency;
	template: ChecklistTemplate;
	answers: Record<string, { value: unknown; note?: string; updatedAt: string }>;
	startedAt: string;
	team: Team;
	/** SHA-256 of the biên bản (the fingerprint printed on it). */
	manifestHash: string;
	recommendations: { itemId: string; what: string; deadline: string }[];
}

export interface ConclusionInput {
	issuer: Agency;
	/** The body above the issuer (printed above it); null at the top of the tree. */
	parent: Agency | null;
	/** The province's name, for the place on the date line. */
	provinceName: string | undefined;
	issuedAt: string;
	signer: DocumentSigner;
	inspections: readonly ConcludedInspection[];
	/** Extra recipients (the agencies inspected come first, then these, then "Lưu: VT."). */
	recipients: readonly string[];
	/** A correction names the conclusion it replaces. */
	replaces: { symbol: string; issuedAt: string } | null;
}

const SEVERITY_VI = { minor: 'nhẹ', major: 'nặng', critical: 'nghiêm trọng' } as const;


function teamText(team: Team): string {
	return inRoleOrder(team)
		.map((m) => `${m.name}${m.position ? `, ${m.position}` : ''} (${TEAM_ROLE_TEXT[m.role].vi.toLowerCase()})`)
		.join('; ');
}

function findings(inspection: ConcludedInspection, label: string): DocumentBlock[] {
	const score = scoreInspection(inspection.template, { answers: inspection.answers as never, startedAt: inspection.startedAt });
	const blocks: DocumentBlock[] = [
		{
			kind: 'paragraph',
			text: `${label}Ngày ${formatDate(inspection.startedAt)}, Đoàn kiểm tra (${teamText(inspection.team) || 'không ghi thành phần'}) đã kiểm tra tại ${inspection.agency.name} theo mẫu phiếu “${inspection.template.title.vi}” (phiên bản ${inspection.template.version}). Tổng số nội dung đạt: ${score.overall.compliant}; vi phạm: ${score.overall.violation}; không áp dụng: ${score.overall.na}; tỉ lệ đạt ${formatRate(score.overall.rate)}.`
		},
		{
			kind: 'table',
			caption: `Kết quả theo nội dung kiểm tra – ${inspection.agency.name}`,
			header: ['Nội dung', 'Đạt', 'Vi phạm', 'Tỉ lệ đạt'],
			rows: [...score.byTheme].map(([theme, t]) => [THEME_TEXT[theme].vi, String(t.compliant), String(t.violation), formatRate(t.rate)])
		}
	];
	if (score.violations.length === 0) {
		blocks.push({ kind: 'paragraph', text: 'Không phát hiện vi phạm.' });
	} else {
		blocks.push({ kind: 'paragraph', text: 'Các vi phạm và căn cứ pháp lý:', emphasis: 'italic' });
		blocks.push({
			kind: 'list',
			ordered: true,
			items: score.violations.map((v) => {
				const note = v.note.trim() ? ` Ghi nhận: ${v.note.trim().replace(/[.\s]+$/u, '')}.` : '';
				const basis = v.citations.map((c) => `${formatCitation(c)} (${c.title})`).join('; ');
				return `${v.item.text.vi} (mức độ ${SEVERITY_VI[v.item.severity]}).${note}${basis ? ` Căn cứ: ${basis}.` : ''}`;
			})
		});
	}
	return blocks;
}

function recommendationItems(inspection: ConcludedInspection): string[] {
	return inspection.recommendations.map((r) => `${r.what.trim().replace(/[\s.;,:]+$/u, '')}. Thời hạn khắc phục: chậm nhất ngày ${formatDate(r.deadline)}.`);
}

/** The whole conclusion, without its number (the register gives it inside the store's transaction). */
export function conclusionDocument(input: ConclusionInput): AdministrativeDocument {
	const { inspections, issuer } = input;
	const several = inspections.length > 1;
	const agencies = [...new Map(inspections.map((i) => [i.agency.id, i.agency])).values()];
	const dates = inspections.map((i) => i.startedAt).sort();
	const first = dates[0] ?? input.issuedAt;
	const last = dates.at(-1) ?? first;
	const period = formatDate(first) !== formatDate(last) ? `từ ngày ${formatDate(first)} đến ngày ${formatDate(last)}` : administrativeDate(first);
	const where = several ? `${agencies.length} cơ quan, đơn vị` : (agencies[0]?.name ?? '');
	const body: DocumentBlock[] = [
		{
			kind: 'paragraph',
			text: `Thực hiện nhiệm vụ kiểm tra việc thực hiện văn hóa công vụ, ${period}, Đoàn kiểm tra đã tiến hành kiểm tra tại ${agencies.map((a) => a.name).join('; ')}. Xét biên bản kiểm tra đã được duyệt và báo cáo kết quả kiểm tra của Đoàn, ${issuer.name} kết luận như sau:`
		},
		{ kind: 'heading', text: 'I. KẾT QUẢ KIỂM TRA' },
		...inspections.flatMap((i, k) => findings(i, several ? `${k + 1}. ${i.agency.name}. ` : '')),
		{ kind: 'heading', text: 'II. KIẾN NGHỊ VÀ THỜI HẠN KHẮC PHỤC' }
	];
	const withRecommendations = inspections.filter((i) => i.recommendations.length > 0);
	if (withRecommendations.length === 0) body.push({ kind: 'paragraph', text: 'Không có kiến nghị khắc phục.' });
	for (const i of withRecommendations) {
		if (several) body.push({ kind: 'paragraph', text: `Đối với ${i.agency.name}:`, emphasis: 'bold' });
		body.push({ kind: 'list', ordered: true, items: recommendationItems(i) });
	}
	body.push({ kind: 'heading', text: `III. TỔ CHỨC THỰC HIỆN` });
	const duties: string[] = [];
	for (const i of withRecommendations) {
		const last = i.recommendations.map((r) => r.deadline).sort().at(-1) as string;
		duties.push(
			`Người đứng đầu ${i.agency.name} chỉ đạo khắc phục các tồn tại, vi phạm nêu tại Mục II trong thời hạn đã nêu; báo cáo kết quả khắc phục bằng văn bản về ${issuer.name} chậm nhất ngày ${formatDate(last)}.`
		);
	}
	for (const a of agencies.filter((a) => !withRecommendations.some((i) => i.agency.id === a.id))) {
		duties.push(`${a.name} tiếp tục duy trì việc thực hiện tốt văn hóa công vụ.`);
	}
	duties.push(`Đoàn kiểm tra theo dõi, đôn đốc việc thực hiện Kết luận này; kết quả khắc phục được cập nhật và kiểm tra lại trong lần kiểm tra sau.`);
	body.push({ kind: 'list', ordered: false, items: duties });
	body.push({
		kind: 'note',
		text: `Kết luận này căn cứ các biên bản kiểm tra điện tử sau (mã niêm phong SHA-256, dùng để đối chiếu với biên bản): ${inspections
			.map((i) => `${i.agency.name}, biên bản lần ${i.revision} ngày ${formatDate(i.startedAt)}: ${i.manifestHash}`)
			.join('; ')}.`
	});
	return {
		parentBody: input.parent?.name ?? '',
		issuingBody: issuer.name,
		number: null,
		place: placeName(input.provinceName),
		date: input.issuedAt,
		title: DOCUMENT_KIND_TITLES.conclusion,
		subject: `Về việc thực hiện văn hóa công vụ tại ${where}`,
		...(input.replaces ? { banner: `Kết luận này thay thế Kết luận số ${input.replaces.symbol} ${administrativeDate(input.replaces.issuedAt)}.` } : {}),
		body,
		recipients: [...agencies.map((a) => `${a.name} (để thực hiện);`), ...input.recipients.map((r) => `${r};`), 'Lưu: VT, Đoàn KT.'],
		signer: input.signer
	};
}

