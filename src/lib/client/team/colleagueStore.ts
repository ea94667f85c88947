import { z } from 'zod/mini';
import { ColleagueSchema, type Colleague } from '$lib/domain/team';
import { database, type InspectorDatabase } from '../db/database';
import { COLLEAGUES_KEY } from './colleaguesVersion';

const StoredColleaguesSchema = z.object({ version: z.string(), colleagues: z.array(ColleagueSchema) });

async function stored(db: InspectorDatabase): Promise<z.infer<typeof StoredColleaguesSchema> | null> {
	const row = await db.settings.get(COLLEAGUES_KEY);
	const parsed = StoredColleaguesSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : null;
}

/** Everyone a team can name from the device; empty before the first pull. */
export async function listColleagues(db: InspectorDatabase = database()): Promise<Colleague[]> {
	return (await stored(db))?.colleagues ?? [];
}
