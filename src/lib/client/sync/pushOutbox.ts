import { MAX_PUSH_BATCH } from '$lib/domain/push';
import type { InspectorDatabase, PhotoBytes } from '../db/database';
import { applyPushResults } from './applyPushResults';
import type { Outbox, OutboxEntry } from './outbox';
import { missingPhotos, pushInspections, uploadPhoto, uploadThumbnail } from './pushApi';
import type { SyncProgress, SyncSummary } from './syncOnce';

/**
 * The sending part of a sync run (syncOnce): this device's key registered with the server first
 * (once: the server verifies every record against it), records finalized before signing signed
 * once, then for each batch the photos the server lacks (each followed by its thumbnail), the
 * inspections, and what the server answered, recorded. Counts go into `summary` and `progress`.
 */
export async function pushOutbox(
	userId: string,
	signed: readonly OutboxEntry[],
	unsigned: Outbox['unsigned'],
	summary: SyncSummary,
	progress: SyncProgress,
	onProgress: (progress: SyncProgress) => void,
	fetcher: typeof fetch,
	db: InspectorDatabase
): Promise<void> {
	// Both loaded only when needed (once per device; once per record from before signing), so the
	// start-up code that loads this module carries no list of their files to preload.
	if (!(await db.deviceKeys.get(userId))?.registeredAt) {
		const { ensureDeviceRegistered } = await import('../device/registerDevice');
		await ensureDeviceRegistered(userId, fetcher, db);
	}
	const entries = unsigned.length === 0 ? [...signed] : await (await import('./signOutbox')).signedEntries({ entries: signed, unsigned }, db);
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
	const { missing, missingThumbnails } = await missingPhotos([...photoIdByHash.keys()], fetcher);
	const uploads: { hash: string; mime: string; bytes: ArrayBuffer; thumbnail: ArrayBuffer | null }[] = [];
	for (const hash of missing) {
		const photoId = photoIdByHash.get(hash);
		const stored = photoId ? await db.photoBlobs.get(photoId) : undefined;
		const thumb = photoId ? await db.photoThumbs.get(photoId) : undefined;
		// Bytes are removed only after confirmation, so an unconfirmed photo always has them.
		if (stored) uploads.push({ hash, mime: stored.mime, bytes: stored.bytes, thumbnail: thumbnailBytes(thumb) });
	}
	// Held by the server without a thumbnail (a run cut between the two uploads): thumbnails stay on the device.
	const thumbnailsOnly: { hash: string; bytes: ArrayBuffer }[] = [];
	for (const hash of missingThumbnails.filter((h) => !missing.includes(h))) {
		const photoId = photoIdByHash.get(hash);
		const bytes = thumbnailBytes(photoId ? await db.photoThumbs.get(photoId) : undefined);
		if (bytes) thumbnailsOnly.push({ hash, bytes });
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
		if (upload.thumbnail) await uploadThumbnail(upload.hash, upload.thumbnail, fetcher);
	}
	for (const thumbnail of thumbnailsOnly) await uploadThumbnail(thumbnail.hash, thumbnail.bytes, fetcher);
}

/** A JPEG thumbnail's bytes; the server takes no other kind. */
function thumbnailBytes(thumb: PhotoBytes | undefined): ArrayBuffer | null {
	return thumb && thumb.mime === 'image/jpeg' ? thumb.bytes : null;
}
