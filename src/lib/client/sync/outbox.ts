import { z } from 'zod/mini';
import type { PushItem } from '$lib/domain/push';
import type { Inspection } from '$lib/domain/inspection';
import { database, type InspectorDatabase, type StoredInspection } from '../db/database';

/**
 * What the outbox reads of a stored inspection: what is sent is the signed record sealed at finalize
 * (db.revisions), so the inspection row is needed only to find it and to know whose it is. Checking
 * no more keeps the whole inspection schema out of the start-up code that runs every sync.
 */
const OutboxRowSchema = z.object({ id: z.string(), revision: z.int(), inspectorId: z.string() });

/**
 * The outbox is not a separate queue: it is every finalized inspection of the signed-in user that
 * the server has not acknowledged. Deleting nothing and deriving the queue from the records means
 * a crash at any point leaves nothing half-sent that could be forgotten.
 */
export interface OutboxEntry {
	inspectionId: string;
	revision: number;
	/** The signed record, as sealed at finalize. */
	item: PushItem;
	/** Photo id for each hash the record cites, to read the bytes when the server lacks them. */
	photoIdByHash: Map<string, string>;
}

export interface Outbox {
	entries: OutboxEntry[];
	/**
	 * Finalized before this app signed records (sealed, unsigned): signed once before they are sent
	 * (signOutbox.ts, loaded with the sending and exporting code, not by every page's start-up, reads
	 * them whole).
	 */
	unsigned: StoredInspection[];
	/** Finalized but not sendable as they are (no sealed record): shown, never guessed at. */
	blocked: { id: string; reason: string }[];
}

export async function readOutbox(userId: string, db: InspectorDatabase = database()): Promise<Outbox> {
	const rows = await db.inspections.where('status').equals('finalized').toArray();
	const conflicts = await db.syncStates.where('state').anyOf('conflict', 'rejected').toArray();
	const stuck = new Set(conflicts.map((c) => `${c.inspectionId}@${c.revision}`));
	const entries: OutboxEntry[] = [];
	const unsigned: StoredInspection[] = [];
	const blocked: Outbox['blocked'] = [];
	for (const raw of rows) {
		const read = OutboxRowSchema.safeParse(raw);
		if (!read.success || read.data.inspectorId !== userId) continue;
		const inspection = read.data;
		if (stuck.has(`${inspection.id}@${inspection.revision}`)) continue;
		const sealed = await db.revisions.get([inspection.id, inspection.revision]);
		if (sealed && !sealed.signature) {
			unsigned.push(raw);
			continue;
		}
		if (!sealed?.signature) {
			blocked.push({ id: inspection.id, reason: 'no signed record for this revision' });
			continue;
		}
		entries.push(await outboxEntry(inspection, sealed.manifestText, sealed.signature, db));
	}
	return { entries, unsigned, blocked };
}

export async function outboxEntry(inspection: Pick<Inspection, 'id' | 'revision'>, manifest: string, signature: string, db: InspectorDatabase): Promise<OutboxEntry> {
	const photos = await db.photos.where('inspectionId').equals(inspection.id).toArray();
	return {
		inspectionId: inspection.id,
		revision: inspection.revision,
		item: { manifest, signature },
		photoIdByHash: new Map(photos.map((p) => [p.sha256, p.id]))
	};
}
