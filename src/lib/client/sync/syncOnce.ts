import { database, type InspectorDatabase } from '../db/database';
import { colleaguesVersion } from '../team/colleaguesVersion';
import { assignmentsVersion } from '../assignments/assignmentsVersion';
import { pullFollow } from './followedAgencies';
import { readOutbox } from './outbox';
import { readCursor, storePull } from './storePull';
import { pull } from './syncApi';

export interface SyncProgress {
	inspectionsDone: number;
	inspectionsTotal: number;
	bytesSent: number;
	bytesTotal: number;
}

export interface SyncSummary {
	sent: number;
	conflicts: number;
	rejected: number;
	/** Still waiting (e.g. photos the server asked for again). */
	waiting: number;
}

/**
 * One full exchange with the server: photos the server lacks, then the inspections in batches,
 * then a pull. Each step is safe to repeat, so an interruption anywhere is resolved by running it
 * again: photos are addressed by hash, inspections by (id, revision) with a content hash.
 * Throws SyncHttpError when the network or the session fails; what was acknowledged stays recorded.
 */
export async function syncOnce(
	userId: string,
	onProgress: (progress: SyncProgress) => void = () => {},
	fetcher: typeof fetch = fetch,
	db: InspectorDatabase = database()
): Promise<SyncSummary> {
	const { entries, unsigned } = await readOutbox(userId, db);
	const summary: SyncSummary = { sent: 0, conflicts: 0, rejected: 0, waiting: 0 };
	const progress: SyncProgress = { inspectionsDone: 0, inspectionsTotal: entries.length + unsigned.length, bytesSent: 0, bytesTotal: 0 };
	onProgress({ ...progress });

	// Only a run with something to send needs the sending code: loaded then (precached, so offline
	// too), so the start-up sync of every page does not carry it.
	if (entries.length > 0 || unsigned.length > 0) {
		const { pushOutbox } = await import('./pushOutbox');
		await pushOutbox(userId, entries, unsigned, summary, progress, onProgress, fetcher, db);
	}

	// Pull until the server says there is no more; the cursor moves only with stored data.
	for (let page = 0; page < 20; page++) {
		const { body, status } = await pull(await readCursor(userId, db), await pullFollow(db), fetcher, await colleaguesVersion(db), await assignmentsVersion(userId, db));
		const stored = await storePull(userId, body, status, db);
		if (!stored.more) break;
	}
	return summary;
}
