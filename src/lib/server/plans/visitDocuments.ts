import { randomUUID } from 'node:crypto';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { DOCUMENT_KIND_TITLES, issuerCode } from '$lib/domain/documentNumber';
import type { IssueVisitDocument, VisitDocumentKind, VisitDocumentRef, VisitDocumentView } from '$lib/domain/visitDocument';
import { ApiError } from '../http/apiError';
import type { IssuedVisitDocument } from '../store/plans/planRecords';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canManagePlan } from './planAccess';
import { visitDocument } from './visitDocumentText';

/**
 * A visit's decision and notice for the supervisors who manage its plan: a draft built from the plan
 * until issued; once issued, the text as it was issued (kept by the store with its number), never
 * rebuilt from a plan edited since. The page is told when the plan no longer gives the same text, and
 * a replacement is issued with the next number, naming the one it replaces. Anyone else gets the 404
 * of an unknown plan; every check is here, not in the page.
 */

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

type Context = Awaited<ReturnType<typeof visitContext>>;

const NOTICE_UNANNOUNCED = 'Đợt kiểm tra đột xuất không có thông báo trước.';
const ref = (d: IssuedVisitDocument): VisitDocumentRef => ({ id: d.id, symbol: d.symbol, issuedAt: d.issuedAt });
const standing = (c: Context, kind: VisitDocumentKind) => c.issued.find((d) => d.kind === kind && d.replacedBy === null) ?? null;

/**
 * The document to show: the standing one of the kind (or the issue `issueId`, a replaced one
 * included), or a draft for the reader to sign when none was issued.
 */
export async function readVisitDocument(store: Store, user: User, planId: string, visitId: string, kind: VisitDocumentKind, now: Date, issueId: string | null = null): Promise<VisitDocumentView> {
	const c = await visitContext(store, user, planId, visitId);
	const ofKind = c.issued.filter((d) => d.kind === kind);
	const shown = issueId === null ? standing(c, kind) : (ofKind.find((d) => d.id === issueId) ?? null);
	if (issueId !== null && !shown) throw new ApiError(404);
	const decision = standing(c, 'decision');
	if (!shown) {
		if (kind === 'notice' && !c.visit.announced) throw new ApiError(409, 'unannounced', NOTICE_UNANNOUNCED);
		const signer = { authority: '', position: '', name: user.displayName };
		const draft = visitDocument({ ...c, kind, entry: null, decision, replaces: null, draft: true, signer, now });
		return { document: draft, issued: false, id: null, replaces: null, replacedBy: null, planChanged: false, textKept: true, issues: [] };
	}
	const byId = new Map(c.issued.map((d) => [d.id, d]));
	const replaced = shown.replaces ? (byId.get(shown.replaces) ?? null) : null;
	const replacer = shown.replacedBy ? (byId.get(shown.replacedBy) ?? null) : null;
	// The text the plan gives today under the same number, signer and replaced document.
	const today = visitDocument({ ...c, kind, entry: shown, decision, replaces: replaced, draft: false, signer: shown.signer, now });
	return {
		document: shown.document ?? today,
		issued: true,
		id: shown.id,
		replaces: replaced ? ref(replaced) : null,
		replacedBy: replacer ? ref(replacer) : null,
		planChanged: shown.document !== null && replacer === null && canonicalJson(shown.document) !== canonicalJson(today),
		textKept: shown.document !== null,
		issues: ofKind.map(ref)
	};
}

/**
 * Issues the document with the register's next number: the first of its kind (asking again returns
 * the one issued), or, with `replaces`, a replacement of a standing one of this visit and kind, its
 * text built from the plan as it stands now.
 */
export async function issueVisitDocumentFor(store: Store, user: User, planId: string, visitId: string, kind: VisitDocumentKind, request: IssueVisitDocument, now: Date): Promise<VisitDocumentView> {
	const c = await visitContext(store, user, planId, visitId);
	if (kind === 'notice' && !c.visit.announced) throw new ApiError(409, 'unannounced', NOTICE_UNANNOUNCED);
	const replaced = request.replaces ? (c.issued.find((d) => d.id === request.replaces && d.kind === kind) ?? null) : null;
	if (request.replaces && !replaced) throw new ApiError(404, 'not-found', 'Không tìm thấy văn bản cần thay thế.');
	const issuerName = c.agencies.get(c.plan.issuingAgencyId)?.name ?? c.plan.issuingAgencyId;
	const agency = c.agencies.get(c.visit.agencyId)?.name ?? c.visit.agencyId;
	const document = visitDocument({ ...c, kind, entry: null, decision: standing(c, 'decision'), replaces: replaced, draft: false, signer: request.signer, now });
	const issued = await store.issueVisitDocument(
		{
			id: randomUUID(),
			visitId,
			kind,
			entry: { issuerId: c.plan.issuingAgencyId, issuerCode: issuerCode(issuerName), title: `${DOCUMENT_KIND_TITLES[kind]} kiểm tra tại ${agency}`, issuedBy: user.id },
			signer: request.signer,
			replaces: replaced?.id ?? null,
			document
		},
		now
	);
	return readVisitDocument(store, user, planId, visitId, kind, now, issued.id);
}
