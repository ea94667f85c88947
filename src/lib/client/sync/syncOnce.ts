import { MAX_PUSH_BATCH } from '$lib/domain/sync';
import { database, type InspectorDatabase } from '../db/database';
import { applyPull, readCursor } from './applyPull';
import { applyPushResults } from './applyPushResults';
import { readOutbox, type OutboxEntry } from './outbox';
import { missingPhotos, pull, pushInspections, uploadPhoto } from './syncApi';

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
	const { entries } = await readOutbox(userId, db);
	const summary: SyncSummary = { sent: 0, conflicts: 0, rejected: 0, waiting: 0 };
	const progress: SyncProgress = { inspectionsDone: 0, inspectionsTotal: entries.length, bytesSent: 0, bytesTotal: 0 };
	onProgress({ ...progress });

	for (let start = 0; start < entries.length; start += MAX_PUSH_BATCH) {
		const batch = entries.slice(start, start + MAX_PUSH_BATCH);
		await uploadMissingPhotos(batch, progress, onProgress, fetcher, db);
		const response = await pushInspections(
			batch.map((e) => e.item),
			{},
			fetcher
		);
		await applyPushResults(response.results, new Date(), db);
		for (const result of response.results) {
			if (result.outcome === 'created' || result.outcome === 'duplicate') summary.sent += 1;
			else if (result.outcome === 'conflict') summary.conflicts += 1;
			else if (result.outcome === 'rejected') summary.rejected += 1;
			else summary.waiting += 1;
		}
		progress.inspectionsDone += batch.length;
		onProgress({ ...progress });
	}

	// Pull until the server says there is no more; the cursor moves only with stored data.
	for (let page = 0; page < 20; page++) {
		const pulled = await pull(await readCursor(userId, db), fetcher);
		await applyPull(userId, pulled, db);
		if (!pulled.more) break;
	}
	return summary;
}

async function uploadMissingPhotos(
	batch: OutboxEntry[],
	progress: SyncProgress,
	onProgress: (progress: SyncProgress) => void,
	fetcher: typeof fetch,
	db: InspectorDatabase
): Promise<void> {
	const photoIdByHash = new Map<string, string>();
	for (const entry of batch) for (const [hash, id] of entry.photoIdByHash) photoIdByHash.set(hash, id);
	const missing = await missingPhotos([...photoIdByHash.keys()], fetcher);
	const uploads: { hash: string; mime: string; bytes: ArrayBuffer }[] = [];
	for (const hash of missing) {
		const photoId = photoIdByHash.get(hash);
		const stored = photoId ? await db.photoBlobs.get(photoId) : undefined;
		// Bytes are removed only after confirmation, so an unconfirmed photo always has them.
		if (stored) uploads.push({ hash, mime: stored.mime, bytes: stored.bytes });
	}
	progress.bytesTotal += uploads.reduce((sum, u) => sum + u.bytes.byteLength, 0);
	onProgress({ ...progress });
	for (const upload of uploads) {
		await uploadPhoto(
			upload.hash,
			upload.mime,
			upload.bytes,
			{
				onBytes: (bytes) => {
					progress.bytesSent += bytes;
					onProgress({ ...progress });
				}
			},
			fetcher
		);
	}
}
