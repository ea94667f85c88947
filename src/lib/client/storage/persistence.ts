import { database, type InspectorDatabase } from '../db/database';

const KEY = 'storage.persistence';

interface PersistenceRecord {
	askedAt: string;
	granted: boolean;
}

/**
 * Ask the browser to keep this site's data under storage pressure (`navigator.storage.persist()`).
 * Without it Chromium may evict the whole origin, drafts and photos included. Asked once the first
 * inspection exists (before that there is nothing to lose, and Firefox shows a prompt), then only
 * again while not granted, at most once a day, so the inspector is not pestered.
 */
export async function askPersistentStorage(db: InspectorDatabase = database(), now: Date = new Date()): Promise<boolean | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist || !storage.persisted) return null;
	if (await storage.persisted()) return true;
	if ((await db.inspections.count()) === 0) return false;
	const previous = (await db.settings.get(KEY))?.value as PersistenceRecord | undefined;
	if (previous && now.getTime() - Date.parse(previous.askedAt) < 24 * 3600 * 1000) return previous.granted;
	const granted = await storage.persist();
	const record: PersistenceRecord = { askedAt: now.toISOString(), granted };
	await db.settings.put({ key: KEY, value: record });
	return granted;
}

/** Whether the browser has promised to keep this site's data; null when it cannot say. */
export async function isStoragePersistent(): Promise<boolean | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	return storage?.persisted ? storage.persisted() : null;
}
