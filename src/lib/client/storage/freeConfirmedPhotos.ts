import { database, type InspectorDatabase } from '../db/database';

export interface FreedSpace {
	photos: number;
	bytes: number;
}

/**
 * Free space by removing the full-size bytes of photos the server has confirmed it holds
 * (`confirmedAt`, set by sync). Unconfirmed photos are never touched: the `confirmedAt` index only
 * holds confirmed ones. Records and thumbnails stay, so lists and the sealed manifests still show
 * every photo; the original can be fetched from the server again.
 *
 * Two transactions, deletes first: on a full device IndexedDB refuses a whole transaction that
 * writes anything (Chromium checks the bytes it puts against the space left, deletes aside), while
 * one that only deletes goes through and gives the space back. The marks on the photo records go
 * in the space just freed. Should that second step fail, the bytes are gone all the same and
 * freeableBytes() no longer counts them; the marks land the next time.
 */
export async function freeConfirmedPhotos(db: InspectorDatabase = database(), now: Date = new Date()): Promise<FreedSpace> {
	const candidates = await db.photos.where('confirmedAt').above('').filter((p) => !p.bytesRemovedAt).toArray();
	const ids = candidates.filter((p) => p.confirmedAt).map((p) => p.id);
	if (ids.length === 0) return { photos: 0, bytes: 0 };
	const freed = await db.transaction('rw', db.photoBlobs, async () => {
		const blobs = (await db.photoBlobs.bulkGet(ids)).filter((blob) => blob !== undefined);
		await db.photoBlobs.bulkDelete(blobs.map((blob) => blob.photoId));
		return { photos: blobs.length, bytes: blobs.reduce((sum, blob) => sum + blob.bytes.byteLength, 0) };
	});
	try {
		await db.photos.where('id').anyOf(ids).modify({ bytesRemovedAt: now.toISOString() });
	} catch {
		// See above: the space is freed; the marks are written on the next call.
	}
	return freed;
}

/** How much freeConfirmedPhotos() would free now: confirmed photos whose bytes are still here. */
export async function freeableBytes(db: InspectorDatabase = database()): Promise<FreedSpace> {
	const confirmed = await db.photos.where('confirmedAt').above('').filter((p) => !p.bytesRemovedAt).toArray();
	const present = new Set(await db.photoBlobs.where(':id').anyOf(confirmed.map((p) => p.id)).primaryKeys());
	const kept = confirmed.filter((p) => present.has(p.id));
	return { photos: kept.length, bytes: kept.reduce((sum, p) => sum + p.byteLength, 0) };
}
