import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod/mini';
import { database, type InspectorDatabase } from './db/database';

/**
 * Who is inspecting on this device. Until accounts exist on the server this is a local profile;
 * its id is made once and kept, so every inspection names the same inspector.
 */
export const ProfileSchema = z.object({
	inspectorId: z.string().check(z.minLength(1)),
	name: z.string().check(z.maxLength(200)),
	unit: z.string().check(z.maxLength(200))
});
export type Profile = z.infer<typeof ProfileSchema>;

const KEY = 'profile';

export async function loadProfile(db: InspectorDatabase = database()): Promise<Profile> {
	const row = await db.settings.get(KEY);
	const parsed = ProfileSchema.safeParse(row?.value);
	if (parsed.success) return parsed.data;
	const fresh: Profile = { inspectorId: uuidv7(), name: '', unit: '' };
	await db.settings.put({ key: KEY, value: fresh });
	return fresh;
}

export async function saveProfile(profile: Profile, db: InspectorDatabase = database()): Promise<void> {
	await db.settings.put({ key: KEY, value: ProfileSchema.parse(profile) });
}
