import { agencyPath, type Agency } from '$lib/domain/agency';
import { administrativeDate, placeName, type AdministrativeDocument, type DocumentBlock, type DocumentSigner } from '$lib/domain/administrativeDocument';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { formatIsoDate } from '$lib/domain/dates';
import { DOCUMENT_KIND_TITLES, issuerCode, type RegisterEntry } from '$lib/domain/documentNumber';
import type { Plan, PlanVisit } from '$lib/domain/plan';
import { inRoleOrder, TEAM_ROLE_TEXT } from '$lib/domain/teamRoles';
import type { VisitDocumentKind, VisitDocumentView } from '$lib/domain/visitDocument';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canManagePlan } from './planAccess';

/**
 * The decision and the notice of one planned visit, as administrative documents (NĐ 30/2020): built
 * from the plan as it stands, with the number and date the register gave when a supervisor issued
 * them (null number: a draft to read before issuing). Always Vietnamese: it is the legal text.
 */
export interface VisitDocumentInput {
	kind: VisitDocumentKind;
	plan: Plan;
	visit: PlanVisit;
	agencies: ReadonlyMap<string, Agency>;
	template: ChecklistTemplate | null;
	/** This document's register entry, if issued; the decision's, for a notice that cites it. */
	entry: RegisterEntry | null;
	decision: RegisterEntry | null;
	signer: DocumentSigner;
	now: Date;
}

const memberLine = (m: PlanVisit['team'][number]) => `Ông/Bà ${m.name}${m.position ? `, ${m.position}` : ''} – ${TEAM_ROLE_TEXT[m.role].vi};`;

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
					...basis.map((b): DocumentBlock => ({ kind: 'paragraph', text: `Căn cứ ${b.replace(/^Căn cứ\s+/i, '')};`, emphasis: 'italic' })),
					{ kind: 'paragraph', text: `Căn cứ ${plan.title}${plan.period ? ` (${plan.period} năm ${plan.year})` : ''};`, emphasis: 'italic' },
					{ kind: 'heading', text: 'QUYẾT ĐỊNH:' },
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
						text: `Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Người đứng đầu ${agency} và các ông (bà) có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này.`
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
		...(input.entry ? {} : { banner: 'BẢN DỰ THẢO (chưa cấp số)' }),
		body,
		recipients: input.kind === 'decision' ? ['Như Điều 4;', 'Lưu: VT, Đoàn KT.'] : [`${agency};`, 'Thành viên Đoàn kiểm tra;', 'Lưu: VT.'],
		signer: input.signer
	};
}

/** The visit, its plan and what its documents need, for a supervisor who manages the plan (404 otherwise). */
async function visitContext(store: Store, user: User, planId: string, visitId: string) {
	const plan = await store.getPlan(planId);
	const agencyList = await store.listAgencies();
	if (!plan || !canManagePlan(user, plan.issuingAgencyId, agencyList)) throw new ApiError(404);
	const visit = plan.visits.find((v) => v.id === visitId);
	if (!visit) throw new ApiError(404);
	const templates = await store.listTemplates();
	const template = templates.filter((t) => t.id === visit.templateId).sort((a, b) => b.version - a.version)[0] ?? null;
	const issued = await store.visitDocuments(visit.id);
	return { plan, visit, template, agencies: new Map(agencyList.map((a) => [a.id, a])), issued };
}

const NOTICE_UNANNOUNCED = 'Đợt kiểm tra đột xuất không có thông báo trước.';

/** The document as it stands: issued (its number, date and signer) or a draft for the reader to sign. */
export async function readVisitDocument(store: Store, user: User, planId: string, visitId: string, kind: VisitDocumentKind, now: Date): Promise<VisitDocumentView> {
	const c = await visitContext(store, user, planId, visitId);
	if (kind === 'notice' && !c.visit.announced) throw new ApiError(409, 'unannounced', NOTICE_UNANNOUNCED);
	const mine = c.issued.find((d) => d.entry.kind === kind) ?? null;
	const decision = c.issued.find((d) => d.entry.kind === 'decision')?.entry ?? null;
	const signer = mine?.signer ?? { authority: '', position: '', name: user.displayName };
	return { document: visitDocument({ ...c, kind, entry: mine?.entry ?? null, decision, signer, now }), issued: mine !== null };
}

/** Issues the number (once per visit and kind; asking again returns the first) and returns the document with it. */
export async function issueVisitDocumentFor(store: Store, user: User, planId: string, visitId: string, kind: VisitDocumentKind, signer: DocumentSigner, now: Date): Promise<VisitDocumentView> {
	const c = await visitContext(store, user, planId, visitId);
	if (kind === 'notice' && !c.visit.announced) throw new ApiError(409, 'unannounced', NOTICE_UNANNOUNCED);
	const issuerName = c.agencies.get(c.plan.issuingAgencyId)?.name ?? c.plan.issuingAgencyId;
	const agency = c.agencies.get(c.visit.agencyId)?.name ?? c.visit.agencyId;
	const entry = { issuerId: c.plan.issuingAgencyId, issuerCode: issuerCode(issuerName), kind, subjectId: visitId, title: `${DOCUMENT_KIND_TITLES[kind]} kiểm tra tại ${agency}`, issuedBy: user.id };
	await store.issueVisitDocument(visitId, entry, signer, now);
	return readVisitDocument(store, user, planId, visitId, kind, now);
}
