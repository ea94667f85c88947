import { PhotoMetaSchema, type PhotoMeta } from '$lib/domain/evidence';
import type { PhotoProvenance } from '$lib/domain/manifest';
import { sha256Hex } from '$lib/domain/sha256';
import { database, type InspectorDatabase, type StoredPhoto } from '../db/database';
import { assertEditable, assertRemovable, deleteRows, PHOTO_TABLES } from './photoRows';

// Saving is its own file: only picking photos needs it (addPhotos.ts, loaded then), not the form.
// Hashing happens before the transaction opens: an await on crypto inside a Dexie transaction lets
// IndexedDB commit it early (PrematureCommitError).

export class PhotoIntegrityError extends Error {
	constructor(photoId: string) {
		super(`Photo ${photoId}: the SHA-256 does not match the bytes`);
		this.name = 'PhotoIntegrityError';
	}
}

export interface NewPhoto {
	meta: PhotoMeta;
	/** How it came (which button) and what its EXIF said; signed into the record with the photo. */
	provenance?: PhotoProvenance;
	image: { mime: string; bytes: ArrayBuffer };
	thumb: { mime: string; bytes: ArrayBuffer };
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
	const { source = null, exifCapturedAt = null, exifLocation = null } = photo.provenance ?? {};
	const stored: StoredPhoto = { ...meta, source, exifCapturedAt, exifLocation, confirmedAt: null, bytesRemovedAt: null };
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

