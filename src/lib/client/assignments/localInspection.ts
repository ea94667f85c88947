import { InspectionSchema, type Inspection } from '$lib/domain/inspection';
import { database, type InspectorDatabase } from '../db/database';

/** The device's own inspection for a visit (a draft or a sealed one), if this account started it here. */
export async function localInspectionFor(userId: string, visitId: string, db: InspectorDatabase = database()): Promise<Inspection | null> {
	const rows = await db.inspections.filter((row) => row.visitId === visitId && row.inspectorId === userId).toArray();
	for (const row of rows) {
		const parsed = InspectionSchema.safeParse(row);
		if (parsed.success) return parsed.data;
	}
	return null;
}
