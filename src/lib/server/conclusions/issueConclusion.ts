import { randomUUID } from 'node:crypto';
import { agencyPath, type Agency } from '$lib/domain/agency';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { vietnamDate } from '$lib/domain/dates';
import type { AdministrativeDocument } from '$lib/domain/administrativeDocument';
import type { Conclusion, IssueConclusionRequest } from '$lib/domain/conclusion';
import { issuerCode } from '$lib/domain/documentNumber';
import { recordTeam } from '$lib/domain/recordTeam';
import { canReview, jurisdictionOf } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import { manifestHashOf } from '../inspections/manifestHash';
import { ConclusionReplacedError } from '../store/errors';
import { manifestOf } from '../store/deriveRevision';
import type { User } from '../store/records';
import type { Store } from '../store/Store';
import { conclusionDocument, type ConcludedInspection } from './conclusionDocument';

const notFound = () => new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');

/**
 * A supervisor issues the kết luận kiểm tra for approved inspections of their jurisdiction. The issuer
 * is the supervisor's jurisdiction (the body whose register numbers it). Every inspection must be
 * approved (its latest revision): a conclusion rests on the biên bản the supervisor accepted, whose
 * fingerprint it names. An inspection outside the jurisdiction answers like an unknown one (404).
 */
export async function issueConclusion(store: Store, user: User, request: IssueConclusionRequest, now: Date): Promise<Conclusion> {
	const { issuer, replaces, inspections, document } = await prepareConclusion(store, user, request, now);
	return store
		.issueConclusion(
			{
				id: randomUUID(),
				issuerId: issuer.id,
				issuerCode: issuerCode(issuer.name),
				issuedBy: user.id,
				replaces: replaces?.id ?? null,
				inspections: inspections.map((i) => ({ inspectionId: i.inspectionId, revision: i.revision, agencyId: i.agency.id, manifestHash: i.manifestHash })),
				document
			},
			now
		)
		.catch((error: unknown) => {
			if (error instanceof ConclusionReplacedError) throw replacedAlready(replaces?.symbol ?? '');
			throw error;
		});
}

/**
 * The conclusion as it would be issued now, unnumbered and marked as a draft: what the supervisor
 * reads before issuing (the same checks as issuing; nothing is stored, no number is taken).
 */
export async function previewConclusion(store: Store, user: User, request: IssueConclusionRequest, now: Date): Promise<AdministrativeDocument> {
	const { document } = await prepareConclusion(store, user, request, now);
	return { ...document, banner: document.banner ? `BẢN DỰ THẢO (chưa cấp số). ${document.banner}` : 'BẢN DỰ THẢO (chưa cấp số)' };
}

/** Every check of issuing, and the text built from the approved records. */
async function prepareConclusion(store: Store, user: User, request: IssueConclusionRequest, now: Date) {
	const agencies = await store.listAgencies();
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const issuer = user.jurisdictionId ? byId.get(user.jurisdictionId) : undefined;
	if (user.role !== 'supervisor' || !issuer) throw new ApiError(403, 'forbidden', 'Chỉ cán bộ giám sát có phạm vi phụ trách mới ban hành kết luận.');
	const inspections: ConcludedInspection[] = [];
	for (const id of new Set(request.inspectionIds)) inspections.push(await concluded(store, user, agencies, byId, id));

	let replaces: Conclusion | null = null;
	if (request.replaces) {
		replaces = await store.getConclusion(request.replaces);
		if (!replaces || !jurisdictionOf(user, agencies).has(replaces.issuerId)) throw new ApiError(404, 'not-found', 'Không tìm thấy kết luận cần thay thế.');
		if (replaces.replacedBy) throw replacedAlready(replaces.symbol);
	}
	const document = conclusionDocument({
		issuer,
		parent: issuer.parentId ? (byId.get(issuer.parentId) ?? null) : null,
		provinceName: agencyPath(byId, issuer.id)[0]?.name,
		issuedAt: now.toISOString(),
		signer: request.signer,
		inspections,
		recipients: request.recipients ?? [],
		replaces: replaces ? { symbol: replaces.symbol, issuedAt: replaces.issuedAt } : null
	});
	return { issuer, replaces, inspections, document };
}

const replacedAlready = (symbol: string) =>
	new ApiError(409, 'conclusion-replaced', `Kết luận ${symbol} đã được thay thế; hãy sửa từ kết luận thay thế nó.`);

async function concluded(store: Store, user: User, agencies: readonly Agency[], byId: Map<string, Agency>, inspectionId: string): Promise<ConcludedInspection> {
	const submission = await store.getSubmission(inspectionId);
	if (!submission || !canReview(user, submission.agencyId, agencies)) throw notFound();
	if (submission.status !== 'approved') {
		throw new ApiError(409, 'not-approved', 'Chỉ ban hành kết luận cho biên bản đã được duyệt (lần gửi mới nhất).');
	}
	const manifest = manifestOf(submission.content);
	const template = await store.getTemplate(submission.templateId, submission.templateVersion);
	const stored = byId.get(submission.agencyId);
	// Named as on the inspection's day: a later merger or rename does not rewrite what was inspected.
	const agency = stored && manifest ? { ...stored, ...agencyOnDate(stored, vietnamDate(manifest.startedAt)) } : undefined;
	if (!manifest || !template || !agency) throw new ApiError(409, 'unreadable-record', 'Không đọc được biên bản này để lập kết luận.');
	const recommendations = (await store.listRecommendations({ agencyIds: null, inspectionId }))
		.filter((r) => r.revision === submission.revision)
		.map((r) => ({ itemId: r.itemId, what: r.what, deadline: r.deadline }));
	return {
		inspectionId,
		revision: submission.revision,
		agency,
		template,
		answers: Object.fromEntries(Object.entries(manifest.answers).map(([k, a]) => [k, { ...a, updatedAt: manifest.startedAt }])),
		startedAt: manifest.startedAt,
		team: recordTeam(manifest),
		manifestHash: manifestHashOf(submission.content) ?? submission.contentHash,
		recommendations
	};
}

/**
 * Who may read a conclusion: an admin; a supervisor whose jurisdiction holds its issuer or one of
 * the agencies it concludes. Anyone else gets the 404 of an unknown id.
 */
export function canReadConclusion(user: User, conclusion: Conclusion, agencies: readonly Agency[]): boolean {
	if (user.disabled) return false;
	if (user.role === 'admin') return true;
	if (user.role !== 'supervisor') return false;
	const mine = jurisdictionOf(user, agencies);
	return mine.has(conclusion.issuerId) || conclusion.inspections.some((r) => mine.has(r.agencyId));
}
