import { generateSigningKey } from '$lib/domain/signature';
import type { PublicKeyJwk } from '$lib/domain/signatureSchemas';
import { database, type InspectorDatabase } from '../db/database';

/**
 * The key pair that signs this account's records on this device. Made once per account and device
 * (at sign-in, or at the first need: a phone signed in before signing existed makes it then, offline
 * if it must), kept in IndexedDB; the private key is non-extractable, so the browser signs with it
 * and nothing can read it out, not even this app. The public half is registered with the server
 * (registerDevice.ts) before the first record it signed is sent.
 */
export interface DeviceKeyRecord {
	userId: string;
	/** Named inside every record this key signs. */
	keyId: string;
	privateKey: CryptoKey;
	publicKey: PublicKeyJwk;
	createdAt: string;
	/** When the server accepted the public key for this account; null until then. */
	registeredAt: string | null;
}

export async function deviceKeyFor(userId: string, db: InspectorDatabase = database(), now: Date = new Date()): Promise<DeviceKeyRecord> {
	const existing = await db.deviceKeys.get(userId);
	if (existing) return existing;
	// Made outside the transaction (WebCrypto is asynchronous, and an await on it would end an
	// IndexedDB transaction); two tabs that both make one keep whichever was stored first.
	const { privateKey, publicKey } = await generateSigningKey();
	const made: DeviceKeyRecord = { userId, keyId: crypto.randomUUID(), privateKey, publicKey, createdAt: now.toISOString(), registeredAt: null };
	return db.transaction('rw', db.deviceKeys, async () => {
		const first = await db.deviceKeys.get(userId);
		if (first) return first;
		await db.deviceKeys.add(made);
		return made;
	});
}

export async function markRegistered(userId: string, keyId: string, at: Date, db: InspectorDatabase = database()): Promise<void> {
	await db.transaction('rw', db.deviceKeys, async () => {
		const key = await db.deviceKeys.get(userId);
		if (key && key.keyId === keyId && key.registeredAt === null) await db.deviceKeys.put({ ...key, registeredAt: at.toISOString() });
	});
}

/** How the device names itself to the admin who sees its keys: the platform and the browser. */
export function deviceLabel(userAgent: string = globalThis.navigator?.userAgent ?? ''): string {
	const platform = /iPhone|iPad/.test(userAgent) ? 'iPhone/iPad' : /Android/.test(userAgent) ? 'Android' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : 'Khác';
	const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'trình duyệt khác';
	return `${platform} · ${browser}`;
}
