import { PhotoMetaSchema, type PhotoMeta } from '$lib/domain/evidence';
import { isEditable } from '$lib/domain/inspection';
import { sha256Hex } from '$lib/domain/sha256';
import { database, type InspectorDatabase, type PhotoBytes, type StoredPhoto } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from '../inspections/errors';
import { parseStoredInspection } from '../inspections/readInspection';

/**
 * Photos on the device. A photo is three rows: its record (`photos`), its bytes (`photoBlobs`) and
 * its thumbnail (`photoThumbs`), always written and removed together in one transaction, and only
 * while the inspection may still change. Hashing happens before the transaction opens: an await
 * on crypto inside a Dexie transaction lets IndexedDB commit it early (PrematureCommitError).
 */

/** Refused: the photo belongs to a finalized revision whose bytes the server has not confirmed. */
export class PhotoSealedError extends Error {
	constructor(photoId: string) {
		super(`Photo ${photoId} is part of a sealed revision not yet confirmed by the server`);
		this.name = 'PhotoSealedError';
	}
}

export class PhotoIntegrityError extends Error {
	constructor(photoId: string) {
		super(`Photo ${photoId}: the SHA-256 does not match the bytes`);
		this.name = 'PhotoIntegrityError';
	}
}

export interface NewPhoto {
	meta: PhotoMeta;
	image: { mime: string; bytes: ArrayBuffer };
	thumb: { mime: string; bytes: ArrayBuffer };
}

const PHOTO_TABLES = (db: InspectorDatabase) => [db.inspections, db.photos, db.photoBlobs, db.photoThumbs, db.revisions];

async function assertEditable(db: InspectorDatabase, inspectionId: string): Promise<void> {
	const raw = await db.inspections.get(inspectionId);
	if (!raw) throw new InspectionNotFoundError(inspectionId);
	const read = parseStoredInspection(raw);
	if (!read.ok) throw new Error(read.error);
	if (!isEditable(read.inspection.status)) throw new InspectionLockedError(inspectionId);
}

/** A photo recorded in an earlier finalized revision leaves the device only once the server has it. */
async function assertRemovable(db: InspectorDatabase, photo: StoredPhoto): Promise<void> {
	if (photo.confirmedAt) return;
	const sealed = await db.revisions.where('inspectionId').equals(photo.inspectionId).toArray();
	if (sealed.some((r) => r.manifest.photos.some((p) => p.id === photo.id))) throw new PhotoSealedError(photo.id);
}

/**
 * Store a processed photo (record, bytes and thumbnail in one transaction). With `replaces`, the
 * old photo goes in the same transaction and the new one keeps its caption: the inspector never
 * sees both or neither.
 */
export async function savePhoto(photo: NewPhoto, replaces: string | null = null, db: InspectorDatabase = database()): Promise<StoredPhoto> {
	const meta = PhotoMetaSchema.parse(photo.meta);
	if (meta.byteLength !== photo.image.bytes.byteLength || (await sha256Hex(photo.image.bytes)) !== meta.sha256) {
		throw new PhotoIntegrityError(meta.id);
	}
	const stored: StoredPhoto = { ...meta, confirmedAt: null, bytesRemovedAt: null };
	await db.transaction('rw', PHOTO_TABLES(db), async () => {
		await assertEditable(db, meta.inspectionId);
		if (replaces) {
			const old = await db.photos.get(replaces);
			if (old && old.inspectionId === meta.inspectionId) {
				await assertRemovable(db, old);
				if (stored.caption === '') stored.caption = old.caption;
				await deleteRows(db, old.id);
			}
		}
		await db.photos.add(stored);
		await db.photoBlobs.put({ photoId: meta.id, mime: photo.image.mime, bytes: photo.image.bytes });
		await db.photoThumbs.put({ photoId: meta.id, mime: photo.thumb.mime, bytes: photo.thumb.bytes });
	});
	return stored;
}

async function deleteRows(db: InspectorDatabase, photoId: string): Promise<void> {
	await db.photos.delete(photoId);
	await db.photoBlobs.delete(photoId);
	await db.photoThumbs.delete(photoId);
}

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
