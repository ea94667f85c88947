import { recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';
import { eventFromRow, iso, type EventRow } from '../rows';
import { eventBody, recommendationBody, revisionBody, type LedgerBody } from './ledgerEntries';

export interface SubmissionKeyRow {
	inspection_id: string;
	revision: number | string;
	inspector_id: string;
	content_hash: string;
	received_at: string | Date;
}

export interface BackfillSource {
	submissions(): SubmissionKeyRow[];
	events(): EventRow[];
	recommendations(): RecommendationRow[];
}

/**
 * The entries for rows stored before the ledger existed (schema 6), in the order they were made:
 * revisions by arrival, then trail events by id (decisions come after the revisions they decide),
 * then recommendations in their state at this moment. Run once, when the log is still empty, so a
 * data directory from an older version verifies from then on; what changed before that moment can
 * only be checked by the records' own hashes and signatures.
 */
export function backfillBodies(submissions: SubmissionKeyRow[], events: EventRow[], recommendations: RecommendationRow[]): LedgerBody[] {
	const revisions = submissions
		.map((s) => ({ ...s, receivedAt: iso(s.received_at), revision: Number(s.revision) }))
		.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.inspection_id < b.inspection_id ? -1 : a.inspection_id > b.inspection_id ? 1 : a.revision - b.revision));
	return [
		...revisions.map((s) => revisionBody({ inspectionId: s.inspection_id, revision: s.revision, inspectorId: s.inspector_id, contentHash: s.content_hash })),
		...events.map(eventFromRow).sort((a, b) => a.id - b.id).map((e) => eventBody(e, null)),
		...recommendations.map(recommendationFromRow).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(recommendationBody)
	];
}
