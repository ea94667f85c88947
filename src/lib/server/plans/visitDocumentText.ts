import { agencyPath, type Agency } from '$lib/domain/agency';
import { administrativeDate, placeName, type AdministrativeDocument, type DocumentBlock, type DocumentSigner } from '$lib/domain/administrativeDocument';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { formatIsoDate } from '$lib/domain/dates';
import { DOCUMENT_KIND_TITLES } from '$lib/domain/documentNumber';
import type { Plan, PlanVisit } from '$lib/domain/plan';
import { inRoleOrder, TEAM_ROLE_TEXT } from '$lib/domain/teamRoles';
import type { VisitDocumentKind } from '$lib/domain/visitDocument';

/** A number as printed with its date: "01/QĐ-SNV", issued at. */
export interface IssuedNumber {
	symbol: string;
	issuedAt: string;
}

/**
 * The decision and the notice of one planned visit, as administrative documents (NĐ 30/2020): built
 * from the plan as it stands, with the number and date the register gave (null number: a draft to
 * read before issuing, or a text about to be issued, whose number the store writes in). Built at
 * issue and kept as issued (visitDocuments.ts); built again when read only to tell whether the plan
 * changed since. Always Vietnamese: it is the legal text.
 */
export interface VisitDocumentInput {
	kind: VisitDocumentKind;
	plan: Plan;
	visit: PlanVisit;
	agencies: ReadonlyMap<string, Agency>;
	template: ChecklistTemplate | null;
	/** This document's number, if issued; the standing decision's, for a notice that cites it. */
	entry: IssuedNumber | null;
	decision: IssuedNumber | null;
	/** The document this one replaces (a correction), or null. */
	replaces: IssuedNumber | null;
	/** False while building the text to issue: no draft banner, the number comes from the store. */
	draft: boolean;
	signer: DocumentSigner;
	now: Date;
}

const memberLine = (m: PlanVisit['team'][number]) => `Ông/Bà ${m.name}${m.position ? `, ${m.position}` : ''} – ${TEAM_ROLE_TEXT[m.role].vi};`;

/**
 * Whose authority a decision is issued under, the line above its "Căn cứ" (NĐ 30/2020, mẫu 1.4):
 * "GIÁM ĐỐC SỞ NỘI VỤ" for a director or a deputy signing KT. GIÁM ĐỐC; the body alone for a
 * collective one (TM. ỦY BAN NHÂN DÂN). A draft without a position names the head generically.
 */
export function issuingAuthority(signer: DocumentSigner, issuerName: string): string {
	const body = issuerName.toUpperCase();
	const authority = signer.authority.trim();
	if (/^TM\./i.test(authority)) return body;
	const head = (authority ? authority.replace(/^(KT|TL|TUQ|Q)\.\s*/i, '') : signer.position).trim().toUpperCase();
	return `${head || 'THỦ TRƯỞNG'} ${body}`;
}

export function visitDocument(input: VisitDocumentInput): AdministrativeDocument {
	const { plan, visit, agencies } = input;
	const issuer = agencies.get(plan.issuingAgencyId);
	const agency = agencies.get(visit.agencyId)?.name ?? visit.agencyId;
	const window = `từ ngày ${formatIsoDate(visit.windowFrom)} đến ngày ${formatIsoDate(visit.windowTo)}`;
	const checklist = input.template ? input.template.title.vi : visit.templateId;
	const issuerName = issuer?.name ?? plan.issuingAgencyId;
	const basis = plan.legalBasis
		.split('\n')
		.map((l) => l.trim().replace(/[;.]$/, ''))
		.filter(Boolean);
	const body: DocumentBlock[] =
		input.kind === 'decision'
			? [
					{ kind: 'heading', text: issuingAuthority(input.signer, issuerName), centred: true },
					...basis.map((b): DocumentBlock => ({ kind: 'paragraph', text: `Căn cứ ${b.replace(/^Căn cứ\s+/i, '')};`, emphasis: 'italic' })),
					{ kind: 'paragraph', text: `Căn cứ ${plan.title}${plan.period ? ` (${plan.period} năm ${plan.year})` : ''};`, emphasis: 'italic' },
					{ kind: 'heading', text: 'QUYẾT ĐỊNH:', centred: true },
					{
						kind: 'paragraph',
						text: `Điều 1. Kiểm tra việc thực hiện văn hóa công vụ tại ${agency}, ${window}, theo bộ tiêu chí "${checklist}". Hình thức: ${visit.announced ? 'kiểm tra có thông báo trước' : 'kiểm tra đột xuất, không thông báo trước'}.`
					},
					{ kind: 'paragraph', text: 'Điều 2. Thành lập Đoàn kiểm tra gồm các ông (bà) có tên sau:' },
					{ kind: 'list', ordered: true, items: inRoleOrder(visit.team).map(memberLine) },
					{
						kind: 'paragraph',
						text: `Điều 3. Đoàn kiểm tra có trách nhiệm kiểm tra theo nội dung tại Điều 1, lập biên bản kiểm tra và báo cáo kết quả về ${issuerName} trong thời hạn 05 ngày làm việc kể từ ngày kết thúc kiểm tra. Trưởng đoàn ký biên bản thay mặt Đoàn.`
					},
					{
						kind: 'paragraph',
						text: `Điều 4. Quyết định này có hiệu lực kể từ ngày ký${input.replaces ? ` và thay thế Quyết định số ${input.replaces.symbol} ${administrativeDate(input.replaces.issuedAt)} của ${issuerName}` : ''}. Người đứng đầu ${agency} và các ông (bà) có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này.`
					}
				]
			: [
					{
						kind: 'paragraph',
						text: `Thực hiện ${input.decision ? `Quyết định số ${input.decision.symbol} ${administrativeDate(input.decision.issuedAt)}` : 'Quyết định kiểm tra'} của ${issuerName} về việc kiểm tra việc thực hiện văn hóa công vụ, ${issuerName} thông báo đến ${agency} như sau:`
					},
					{
						kind: 'list',
						ordered: true,
						items: [
							`Thời gian kiểm tra: ${window}.`,
							`Nội dung kiểm tra: việc thực hiện văn hóa công vụ theo bộ tiêu chí "${checklist}".`,
							`Đoàn kiểm tra: ${inRoleOrder(visit.team)
								.map((m) => `${m.name} (${TEAM_ROLE_TEXT[m.role].vi})`)
								.join(', ')}.`,
							`Đề nghị ${agency} chuẩn bị báo cáo, hồ sơ liên quan và bố trí lãnh đạo, người đại diện làm việc với Đoàn kiểm tra.`
						]
					}
				];
	const path = agencyPath(agencies, plan.issuingAgencyId);
	const parent = issuer?.parentId ? agencies.get(issuer.parentId) : undefined;
	return {
		parentBody: parent?.name ?? '',
		issuingBody: issuerName,
		number: input.entry?.symbol ?? null,
		place: placeName(path[0]?.name),
		date: input.entry?.issuedAt ?? input.now.toISOString(),
		title: DOCUMENT_KIND_TITLES[input.kind],
		subject: input.kind === 'decision' ? `Về việc kiểm tra việc thực hiện văn hóa công vụ tại ${agency}` : 'Về việc kiểm tra việc thực hiện văn hóa công vụ',
		...(input.draft ? { banner: 'BẢN DỰ THẢO (chưa cấp số)' } : input.replaces ? { banner: `${input.kind === 'decision' ? 'Quyết định' : 'Thông báo'} này thay thế ${input.kind === 'decision' ? 'Quyết định' : 'Thông báo'} số ${input.replaces.symbol} ${administrativeDate(input.replaces.issuedAt)}.` } : {}),
		body,
		recipients: input.kind === 'decision' ? ['Như Điều 4;', 'Lưu: VT, Đoàn KT.'] : [`${agency};`, 'Thành viên Đoàn kiểm tra;', 'Lưu: VT.'],
		signer: input.signer
	};
}

