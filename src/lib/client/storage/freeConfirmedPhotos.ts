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
 */
export async function freeConfirmedPhotos(db: InspectorDatabase = database(), now: Date = new Date()): Promise<FreedSpace> {
	return db.transaction('rw', db.photos, db.photoBlobs, async () => {
		const confirmed = await db.photos.where('confirmedAt').above('').toArray();
		let photos = 0;
		let bytes = 0;
		for (const photo of confirmed) {
			if (!photo.confirmedAt || photo.bytesRemovedAt) continue;
			const blob = await db.photoBlobs.get(photo.id);
			if (blob) {
				bytes += blob.bytes.byteLength;
				photos += 1;
				await db.photoBlobs.delete(photo.id);
			}
			await db.photos.update(photo.id, { bytesRemovedAt: now.toISOString() });
		}
		return { photos, bytes };
	});
}

/** How much freeConfirmedPhotos() would free now. */
export async function freeableBytes(db: InspectorDatabase = database()): Promise<FreedSpace> {
	const confirmed = await db.photos.where('confirmedAt').above('').filter((p) => !p.bytesRemovedAt).toArray();
	return { photos: confirmed.length, bytes: confirmed.reduce((sum, p) => sum + p.byteLength, 0) };
}
