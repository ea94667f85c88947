import type { Recommendation } from '$lib/domain/recommendation';
import { canReadInspection } from '../auth/authorize';
import { recommendationView } from '../followUp/recommendationView';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { ReviewEvent, Submission, User } from '../store/records';
import { photoChecks, type PhotoCheck } from './photoChecks';
import { revisionSummaries, type RevisionSummary } from './revisionSummaries';
import { signatureStatus, type SignatureStatus } from './recordSignature';
import { storedRecord } from '../sync/storedContent';
import type { LedgerHead } from '../store/ledger/ledgerEntries';

export interface InspectionView {
	submission: Omit<Submission, 'content'>;
	/** The latest revision's record: { manifest (the signed or sealed text), photos (metadata) }. */
	content: unknown;
	/** Who signed the record, checked again now (null: the stored content is not a record). */
	signature: SignatureStatus | null;
	/** The ledger's head at this read (printed on the biên bản). */
	ledgerHead: LedgerHead | null;
	/** The append-only trail, with each actor's display name. */
	events: (ReviewEvent & { actorName: string })[];
	revisions: RevisionSummary[];
	photoChecks: PhotoCheck[];
	recommendations: Recommendation[];
}

const notFound = () => new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');

/** The submission if this user may read the inspection; otherwise the same 404 as an unknown id. */
export async function readableSubmission(store: Store, user: User, inspectionId: string, revision?: number): Promise<Submission> {
	const latest = await store.getSubmission(inspectionId);
	const agencies = await store.listAgencies();
	if (!latest || !canReadInspection(user, latest, agencies)) throw notFound();
	if (revision === undefined || revision === latest.revision) return latest;
	const older = await store.getSubmission(inspectionId, revision);
	// Each revision carries its own agency (older records may differ from the latest): both must be readable.
	if (!older || !canReadInspection(user, older, agencies)) throw notFound();
	return older;
}

/**
 * The latest revision of an inspection with its review trail, every revision's hash and times, a
 * server-side check of every photo's bytes and the recommendations made from it, for someone
 * allowed to read it (the inspector who made it, a supervisor within jurisdiction, an admin).
 * Anyone else gets the same 404 as for an id that does not exist.
 */
export async function readInspection(store: Store, user: User, inspectionId: string, now: Date = new Date()): Promise<InspectionView> {
	const submission = await readableSubmission(store, user, inspectionId);
	const { content, ...rest } = submission;
	const [events, revisions, checks, recommendations] = await Promise.all([
		store.listEvents(submission.inspectionId),
		store.listRevisions(submission.inspectionId),
		photoChecks(store, submission.inspectionId, submission.photoHashes),
		store.listRecommendations({ agencyIds: null, inspectionId: submission.inspectionId })
	]);
	const names = new Map<string, string>();
	for (const id of new Set(events.map((e) => e.actorId))) names.set(id, (await store.getUser(id))?.displayName ?? '');
	const record = storedRecord(content);
	return {
		submission: rest,
		content: record ? { manifest: record.text, photos: record.photos } : content,
		signature: record ? await signatureStatus(store, record) : null,
		ledgerHead: await store.ledgerHead(),
		events: events.map((e) => ({ ...e, actorName: names.get(e.actorId) ?? '' })),
		revisions: revisionSummaries(revisions),
		photoChecks: checks,
		recommendations: recommendations.map((r) => recommendationView(r, now))
	};
}
