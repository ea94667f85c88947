import { database, type InspectorDatabase } from '../db/database';

/**
 * The colleagues list as last pulled (sync pull, colleagues.ts on the server), kept in `settings`
 * for picking a team offline (colleagueStore.ts reads it, with its schema, in the team editor only).
 */
export const COLLEAGUES_KEY = 'colleagues';

/** The version the device holds, sent with the pull so an unchanged list is not sent again. */
export async function colleaguesVersion(db: InspectorDatabase = database()): Promise<string | null> {
	const value = (await db.settings.get(COLLEAGUES_KEY))?.value as { version?: unknown } | undefined;
	return typeof value?.version === 'string' ? value.version : null;
}
