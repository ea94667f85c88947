import { readAppConfig } from '../config/appConfigStore';
import { database, type InspectorDatabase } from '../db/database';
import { photoFlags, type PhotoFlag } from '$lib/domain/photoFlags';

/**
 * The flags of an inspection's photos as the phone sees them now: its visit (open until finalized),
 * its agency's registered location and the radius the server last sent. Read inside a liveQuery, so
 * the warning on a photo appears as soon as the photo is stored. "In another inspection" is known
 * only to the server.
 */
export async function inspectionPhotoFlags(inspectionId: string, db: InspectorDatabase = database(), now: Date = new Date()): Promise<Map<string, PhotoFlag[]>> {
	const inspection = await db.inspections.get(inspectionId);
	if (!inspection || typeof inspection.startedAt !== 'string') return new Map();
	const finishedAt = typeof inspection.finishedAt === 'string' ? inspection.finishedAt : null;
	const agencyId = typeof inspection.agencyId === 'string' ? inspection.agencyId : '';
	const [photos, agency, config] = await Promise.all([db.photos.where('inspectionId').equals(inspectionId).toArray(), db.agencies.get(agencyId), readAppConfig(db)]);
	return photoFlags(photos, {
		visit: { startedAt: inspection.startedAt, finishedAt },
		agencyLocation: agency?.location ?? null,
		farFromAgencyMetres: config.farFromAgencyMetres,
		now
	});
}
