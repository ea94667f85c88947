import type { LocalizedText } from '$lib/domain/localized';
import type { PushResult } from '$lib/domain/push';
import { database, type InspectorDatabase } from '../db/database';
import type { SyncStateRecord } from './syncState';

const CONFLICT: LocalizedText = {
	vi: 'Máy chủ đã có phiếu này với nội dung khác. Phiếu vẫn được giữ nguyên trên máy; hãy báo cho người giám sát.',
	en: 'The server already holds this inspection with different content. It stays on this device; tell your supervisor.'
};

/**
 * Record the server's answers. One transaction: an inspection becomes "sent" and its photos
 * "confirmed" together, and only for the exact revision the server acknowledged.
 */
export async function applyPushResults(results: PushResult[], now: Date, db: InspectorDatabase = database()): Promise<void> {
	const at = now.toISOString();
	await db.transaction('rw', [db.inspections, db.photos, db.syncStates], async () => {
		for (const result of results) {
			const previous = await db.syncStates.get(result.id);
			const attempts = (previous?.revision === result.revision ? previous.attempts : 0) + 1;
			const base = { inspectionId: result.id, revision: result.revision, attempts, lastAttemptAt: at };
			let state: SyncStateRecord;
			if (result.outcome === 'created' || result.outcome === 'duplicate') {
				const stored = await db.inspections.get(result.id);
				if (stored && stored.revision === result.revision && stored.status === 'finalized') {
					await db.inspections.update(result.id, { status: 'sent' });
				}
				await db.photos.where('inspectionId').equals(result.id).modify((photo) => {
					photo.confirmedAt ??= result.receivedAt ?? at;
				});
				state = { ...base, state: 'sent', message: null, receivedAt: result.receivedAt ?? at };
			} else if (result.outcome === 'conflict') {
				state = { ...base, state: 'conflict', message: CONFLICT, receivedAt: null };
			} else if (result.outcome === 'rejected') {
				const reason = result.message ?? '';
				state = {
					...base,
					state: 'rejected',
					message: { vi: `Máy chủ không nhận phiếu này. ${reason}`.trim(), en: `The server refused this inspection. ${reason}`.trim() },
					receivedAt: null
				};
			} else {
				state = { ...base, state: 'waiting', message: null, receivedAt: null };
			}
			await db.syncStates.put(state);
		}
	});
}
