import { AssignmentSchema, type Assignment, type AssignmentList } from '$lib/domain/assignment';
import { database, type InspectorDatabase } from '../db/database';
import { ASSIGNMENTS_VERSION_KEY } from './assignmentsVersion';

/** An assignment as the device keeps it: for the account it was pulled for. */
export type StoredAssignment = Assignment & { userId: string };


/** Replaces the account's assignments with the pulled list; runs inside applyPull's transaction. */
export async function applyAssignments(userId: string, list: AssignmentList | undefined, db: InspectorDatabase): Promise<void> {
	if (!list) return;
	await db.assignments.where('userId').equals(userId).delete();
	await db.assignments.bulkPut(list.assignments.map((a) => ({ ...a, userId })));
	await db.settings.put({ key: `${ASSIGNMENTS_VERSION_KEY}:${userId}`, value: list.version });
}

/** The account's assignments by window start; a record that does not parse is left out (and left stored). */
export async function listAssignments(userId: string, db: InspectorDatabase = database()): Promise<Assignment[]> {
	const rows = await db.assignments.where('userId').equals(userId).toArray();
	return rows
		.flatMap((row) => {
			const parsed = AssignmentSchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
		.sort((a, b) => (a.windowFrom < b.windowFrom ? -1 : a.windowFrom > b.windowFrom ? 1 : a.windowTo < b.windowTo ? -1 : 1));
}

export async function getAssignment(userId: string, visitId: string, db: InspectorDatabase = database()): Promise<Assignment | null> {
	const parsed = AssignmentSchema.safeParse(await db.assignments.get([userId, visitId]));
	return parsed.success ? parsed.data : null;
}
