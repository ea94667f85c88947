import type { ReviewDecision } from '$lib/domain/sync';
import { database, type InspectorDatabase } from '../db/database';

/** The supervisors' latest decision on an inspection, as pulled to the device (read offline). */
export async function latestReview(inspectionId: string, db: InspectorDatabase = database()): Promise<ReviewDecision | null> {
	const decisions = await db.reviews.where('inspectionId').equals(inspectionId).toArray();
	decisions.sort((a, b) => a.revision - b.revision || a.at.localeCompare(b.at));
	return decisions.at(-1) ?? null;
}
