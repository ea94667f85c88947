import type { LocalizedText } from '$lib/domain/localized';
import { database, type InspectorDatabase } from '../db/database';

/**
 * How sending an inspection went, kept beside it on the device. `conflict` and `rejected` need the
 * inspector (or an administrator): the inspection stays on the device, unchanged, and is not retried
 * automatically. `waiting` is a temporary failure that the next attempt retries.
 */
export interface SyncStateRecord {
	inspectionId: string;
	revision: number;
	state: 'waiting' | 'sent' | 'conflict' | 'rejected';
	message: LocalizedText | null;
	attempts: number;
	lastAttemptAt: string;
	/** Server receipt time, once acknowledged. */
	receivedAt: string | null;
}

export async function syncStatesById(db: InspectorDatabase = database()): Promise<Map<string, SyncStateRecord>> {
	const rows = await db.syncStates.toArray();
	return new Map(rows.map((r) => [r.inspectionId, r]));
}
