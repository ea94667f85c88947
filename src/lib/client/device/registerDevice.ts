import { JSON_HEADERS, request } from '../sync/syncApi';
import { database, type InspectorDatabase } from '../db/database';
import { deviceKeyFor, deviceLabel, markRegistered } from './deviceKey';

/**
 * Makes sure the server knows this device's public key for the account before anything it signed
 * is sent: once, at sign-in or at the first sync with a connection. Throws SyncHttpError like
 * every sync request (offline: the next run tries again; the records wait signed on the phone).
 */
export async function ensureDeviceRegistered(userId: string, fetcher: typeof fetch = fetch, db: InspectorDatabase = database()): Promise<void> {
	const key = await deviceKeyFor(userId, db);
	if (key.registeredAt !== null) return;
	await request(
		'/api/devices',
		{ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ id: key.keyId, publicKey: key.publicKey, label: deviceLabel() }) },
		fetcher
	);
	await markRegistered(userId, key.keyId, new Date(), db);
}

/** How long signing in waits for the key's registration before going on regardless. */
const REGISTER_WAIT_MS = 4000;

/**
 * Right after an online sign-in (the sign-in pages call it): an inspector's key is made and
 * registered while the phone is online, since an inspector may walk out of coverage at once and a
 * file of pending records can only be imported for a registered key. Waited for a few seconds at
 * most; failing costs nothing: the first sync with something to send registers it first.
 * Imported by the sign-in pages, never by start-up code, so pages that only pull do not carry it.
 */
export async function registerAfterSignIn(account: { id: string; role: string }): Promise<void> {
	if (account.role !== 'inspector') return;
	const registering = ensureDeviceRegistered(account.id).catch(() => {});
	await Promise.race([registering, new Promise((resolve) => setTimeout(resolve, REGISTER_WAIT_MS))]);
}
