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
