import type { PreparedSubmission } from './prepareSubmission';
import type { PutSubmissionResult } from './records';

export interface StoredRevision {
	contentHash: string;
	inspectorId: string;
	changeSeq: number;
}

/** What the transaction found in the database for a batch, updated as it inserts. */
export interface SubmissionFacts {
	/** Stored revisions by `${inspectionId}#${revision}`. */
	revisions: Map<string, StoredRevision>;
	/** Who owns each inspection already on the server (every revision has the same inspector). */
	owners: Map<string, string>;
	/** Who holds which of the photos the batch refers to, by holdingKey(hash, user). */
	heldPhotos: ReadonlySet<string>;
}

export const revisionKey = (inspectionId: string, revision: number): string => `${inspectionId}#${revision}`;
export const holdingKey = (hash: string, userId: string): string => `${hash}#${userId}`;

/**
 * The exactly-once rule, shared by both stores so they cannot drift: an unseen id and revision is
 * inserted; the same content again is answered as a duplicate; anything else is a conflict that
 * stays on the device. An inspection is accepted only when its inspector holds all its photos (has
 * uploaded their bytes): a hash alone, read off someone else's record, cites nothing.
 */
export function decideSubmission(
	item: PreparedSubmission,
	facts: SubmissionFacts
): { action: 'insert' } | { action: 'answer'; result: PutSubmissionResult } {
	const key = { inspectionId: item.inspectionId, revision: item.revision };
	const stored = facts.revisions.get(revisionKey(item.inspectionId, item.revision));
	if (stored) {
		if (stored.contentHash === item.contentHash && stored.inspectorId === item.inspectorId) {
			return { action: 'answer', result: { ...key, outcome: 'duplicate', contentHash: stored.contentHash, changeSeq: stored.changeSeq } };
		}
		const reason = stored.inspectorId === item.inspectorId ? 'different-content' : 'other-inspector';
		return { action: 'answer', result: { ...key, outcome: 'conflict', reason, contentHash: item.contentHash } };
	}
	const owner = facts.owners.get(item.inspectionId);
	if (owner !== undefined && owner !== item.inspectorId) {
		return { action: 'answer', result: { ...key, outcome: 'conflict', reason: 'other-inspector', contentHash: item.contentHash } };
	}
	const missing = item.photoHashes.filter((hash) => !facts.heldPhotos.has(holdingKey(hash, item.inspectorId)));
	if (missing.length > 0) return { action: 'answer', result: { ...key, outcome: 'missing-photos', missing } };
	return { action: 'insert' };
}

/** Records an insert so a repeat of the same item later in the batch is answered correctly. */
export function rememberInsert(facts: SubmissionFacts, item: PreparedSubmission, changeSeq: number): PutSubmissionResult {
	facts.revisions.set(revisionKey(item.inspectionId, item.revision), {
		contentHash: item.contentHash,
		inspectorId: item.inspectorId,
		changeSeq
	});
	facts.owners.set(item.inspectionId, item.inspectorId);
	return { inspectionId: item.inspectionId, revision: item.revision, outcome: 'created', contentHash: item.contentHash, changeSeq };
}

/** The trail entry written with every new revision. */
export function submitAction(revision: number): 'submitted' | 'resubmitted' {
	return revision === 1 ? 'submitted' : 'resubmitted';
}
