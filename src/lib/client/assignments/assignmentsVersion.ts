import { database, type InspectorDatabase } from '../db/database';

/**
 * Where the version of an account's assignment list is kept (assignmentStore.ts writes it with the
 * list). Its own module: every sync sends it, and start-up code should not carry the assignment
 * schema that only the home page's list and the pull's full path need.
 */
export const ASSIGNMENTS_VERSION_KEY = 'assignmentsVersion';

/** The version of the account's list the device holds, sent with the pull so an unchanged list is not sent again. */
export async function assignmentsVersion(userId: string, db: InspectorDatabase = database()): Promise<string | null> {
	const value = (await db.settings.get(`${ASSIGNMENTS_VERSION_KEY}:${userId}`))?.value;
	return typeof value === 'string' ? value : null;
}
