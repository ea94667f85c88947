import { database, type InspectorDatabase } from '../db/database';

/**
 * How many of this user's inspections wait to be sent (finalized, not acknowledged). Apart from
 * outbox.ts so the sync panel does not pull the protocol's schemas into every page's first load.
 */
export async function pendingCount(userId: string, db: InspectorDatabase = database()): Promise<number> {
	const rows = await db.inspections.where('status').equals('finalized').toArray();
	return rows.filter((r) => r.inspectorId === userId).length;
}
