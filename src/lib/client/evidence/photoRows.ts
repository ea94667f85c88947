import { isEditable } from '$lib/domain/inspection';
import type { InspectorDatabase, StoredPhoto } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from '../inspections/errors';
import { parseStoredInspection } from '../inspections/readInspection';

/**
 * The rules every write to a photo's rows follows (photoStore.ts, savePhoto.ts): a photo is three
 * rows written and removed together, only while the inspection may still change.
 */

/** Refused: the photo belongs to a finalized revision whose bytes the server has not confirmed. */
export class PhotoSealedError extends Error {
	constructor(photoId: string) {
		super(`Photo ${photoId} is part of a sealed revision not yet confirmed by the server`);
		this.name = 'PhotoSealedError';
	}
}

export const PHOTO_TABLES = (db: InspectorDatabase) => [db.inspections, db.photos, db.photoBlobs, db.photoThumbs, db.revisions];

export async function assertEditable(db: InspectorDatabase, inspectionId: string): Promise<void> {
	const raw = await db.inspections.get(inspectionId);
	if (!raw) throw new InspectionNotFoundError(inspectionId);
	const read = parseStoredInspection(raw);
	if (!read.ok) throw new Error(read.error);
	if (!isEditable(read.inspection.status)) throw new InspectionLockedError(inspectionId);
}

/** A photo recorded in an earlier finalized revision leaves the device only once the server has it. */
export async function assertRemovable(db: InspectorDatabase, photo: StoredPhoto): Promise<void> {
	if (photo.confirmedAt) return;
	const sealed = await db.revisions.where('inspectionId').equals(photo.inspectionId).toArray();
	if (sealed.some((r) => r.manifest.photos.some((p) => p.id === photo.id))) throw new PhotoSealedError(photo.id);
}

export async function deleteRows(db: InspectorDatabase, photoId: string): Promise<void> {
	await db.photos.delete(photoId);
	await db.photoBlobs.delete(photoId);
	await db.photoThumbs.delete(photoId);
}

