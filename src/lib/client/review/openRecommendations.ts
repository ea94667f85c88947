import type { Recommendation } from '$lib/domain/recommendation';
import { database, type InspectorDatabase } from '../db/database';

/** Open recommendations of an agency, as last pulled to the device: readable offline on site. */
export async function openRecommendations(agencyId: string, db: InspectorDatabase = database()): Promise<Recommendation[]> {
	const rows = await db.recommendations.where('agencyId').equals(agencyId).toArray();
	return rows.filter((r) => r.status === 'open').sort((a, b) => a.deadline.localeCompare(b.deadline));
}
