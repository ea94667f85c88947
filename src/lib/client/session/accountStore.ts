import { z } from 'zod/mini';
import { SessionUserSchema as AccountSchema, type SessionUser as Account } from '$lib/domain/session';
import { IsoDateTimeSchema } from '$lib/domain/dates';
import { database, type InspectorDatabase } from '../db/database';

/**
 * The account signed in on this device, kept in IndexedDB so the inspector can open the app and
 * work offline after one online sign-in. `expired` records that the server no longer accepts the
 * session: work goes on, and sending waits for a new sign-in.
 */
export const SignedInSchema = z.object({
	account: AccountSchema,
	signedInAt: IsoDateTimeSchema,
	expired: z.boolean()
});
export type SignedIn = z.infer<typeof SignedInSchema>;

const KEY = 'signedIn';

export async function loadSignedIn(db: InspectorDatabase = database()): Promise<SignedIn | null> {
	const row = await db.settings.get(KEY);
	const parsed = SignedInSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : null;
}

export async function saveSignedIn(account: Account, db: InspectorDatabase = database(), now = new Date()): Promise<SignedIn> {
	const value: SignedIn = { account, signedInAt: now.toISOString(), expired: false };
	await db.settings.put({ key: KEY, value });
	return value;
}

export async function markExpired(db: InspectorDatabase = database()): Promise<void> {
	const current = await loadSignedIn(db);
	if (current && !current.expired) await db.settings.put({ key: KEY, value: { ...current, expired: true } });
}

/** Forget who is signed in. The inspections stay on the device, hidden from the next user. */
export async function clearSignedIn(db: InspectorDatabase = database()): Promise<void> {
	await db.settings.delete(KEY);
}
