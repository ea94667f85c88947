import { PhotoMetaSchema, type PhotoMeta } from '$lib/domain/evidence';
import { database, type InspectorDatabase, type PhotoBytes, type StoredPhoto } from '../db/database';
import { assertEditable, assertRemovable, deleteRows, PHOTO_TABLES } from './photoRows';

/**
 * Photos on the device. A photo is three rows: its record (`photos`), its bytes (`photoBlobs`) and
 * its thumbnail (`photoThumbs`), always written and removed together in one transaction, and only
 * while the inspection may still change (photoRows.ts). Saving a new one is savePhoto.ts.
 */

export async function removePhoto(photoId: string, db: InspectorDatabase = database()): Promise<void> {
	await db.transaction('rw', PHOTO_TABLES(db), async () => {
		const photo = await db.photos.get(photoId);
		if (!photo) return;
		await assertEditable(db, photo.inspectionId);
		await assertRemovable(db, photo);
		await deleteRows(db, photoId);
	});
}

export async function setPhotoCaption(photoId: string, caption: string, db: InspectorDatabase = database()): Promise<void> {
	await db.transaction('rw', db.inspections, db.photos, async () => {
		const photo = await db.photos.get(photoId);
		if (!photo) return;
		await assertEditable(db, photo.inspectionId);
		// Checked against the shared schema (length), stored with the device's own fields kept.
		const checked = PhotoMetaSchema.parse({ ...photo, caption });
		await db.photos.put({ ...photo, caption: checked.caption });
	});
}

function byAddition(a: StoredPhoto, b: StoredPhoto): number {
	return a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id);
}

/** Every photo of an inspection, items and whole-inspection ones, in the order they were added. */
export async function listPhotos(inspectionId: string, db: InspectorDatabase = database()): Promise<StoredPhoto[]> {
	const photos = await db.photos.where('inspectionId').equals(inspectionId).toArray();
	return photos.sort(byAddition);
}

/** Photos per item id (photos of the whole inspection are not counted): what finalize checks. */
export function photoCountsByItem(photos: readonly Pick<PhotoMeta, 'itemId'>[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { itemId } of photos) if (itemId !== null) counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
	return counts;
}

export async function photoCounts(inspectionId: string, db: InspectorDatabase = database()): Promise<Map<string, number>> {
	return photoCountsByItem(await listPhotos(inspectionId, db));
}

export interface PhotoWithThumb {
	photo: StoredPhoto;
	thumb: PhotoBytes | null;
}

/** The photos of one item (or, with itemId null, of the inspection as a whole) with their thumbnails. */
export async function photosWithThumbs(
	inspectionId: string,
	itemId: string | null,
	db: InspectorDatabase = database()
): Promise<PhotoWithThumb[]> {
	const photos =
		itemId === null
			? (await db.photos.where('inspectionId').equals(inspectionId).toArray()).filter((p) => p.itemId === null)
			: await db.photos.where('[inspectionId+itemId]').equals([inspectionId, itemId]).toArray();
	photos.sort(byAddition);
	const thumbs = await db.photoThumbs.bulkGet(photos.map((p) => p.id));
	return photos.map((photo, k) => ({ photo, thumb: thumbs[k] ?? null }));
}

/** The stored full-size bytes, or null once they were removed to free space. */
export async function readPhotoBytes(photoId: string, db: InspectorDatabase = database()): Promise<PhotoBytes | null> {
	return (await db.photoBlobs.get(photoId)) ?? null;
}
