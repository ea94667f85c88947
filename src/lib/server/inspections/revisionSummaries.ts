import { manifestHashOf } from './manifestHash';
import type { Submission } from '../store/records';

export interface RevisionSummary {
	revision: number;
	/** SHA-256 of the sealed manifest: the fingerprint the phone showed at finalize. */
	manifestHash: string | null;
	deviceFinishedAt: string;
	receivedAt: string;
	status: Submission['status'];
}

export function revisionSummaries(revisions: readonly Submission[]): RevisionSummary[] {
	return revisions.map((r) => ({
		revision: r.revision,
		manifestHash: manifestHashOf(r.content),
		deviceFinishedAt: r.deviceTime,
		receivedAt: r.receivedAt,
		status: r.status
	}));
}
