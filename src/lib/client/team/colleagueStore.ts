import { z } from 'zod/mini';
import { ColleagueSchema, type Colleague } from '$lib/domain/team';
import { database, type InspectorDatabase } from '../db/database';

/** The colleagues list as last pulled (sync pull, colleagues.ts on the server), for picking a team offline. */
export const COLLEAGUES_KEY = 'colleagues';

const StoredColleaguesSchema = z.object({ version: z.string(), colleagues: z.array(ColleagueSchema) });

async function stored(db: InspectorDatabase): Promise<z.infer<typeof StoredColleaguesSchema> | null> {
	const row = await db.settings.get(COLLEAGUES_KEY);
	const parsed = StoredColleaguesSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : null;
}

/** The version the device holds, sent with the pull so an unchanged list is not sent again. */
export async function colleaguesVersion(db: InspectorDatabase = database()): Promise<string | null> {
	return (await stored(db))?.version ?? null;
}

/** Everyone a team can name from the device; empty before the first pull. */
export async function listColleagues(db: InspectorDatabase = database()): Promise<Colleague[]> {
	return (await stored(db))?.colleagues ?? [];
}
