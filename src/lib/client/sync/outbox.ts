import { PhotoMetaSchema, type PhotoMeta } from '$lib/domain/evidence';
import { followUpPhotoItemId, type InspectionFollowUp } from '$lib/domain/inspection';
import type { FollowUp } from '$lib/domain/recommendation';
import type { PushItem } from '$lib/domain/sync';
import { database, type InspectorDatabase, type StoredPhoto } from '../db/database';
import { parseStoredInspection } from '../inspections/readInspection';

/**
 * The outbox is not a separate queue: it is every finalized inspection of the signed-in user that
 * the server has not acknowledged. Deleting nothing and deriving the queue from the records means
 * a crash at any point leaves nothing half-sent that could be forgotten.
 */
export interface OutboxEntry {
	item: PushItem;
	/** Photo id for each hash, to read the bytes when the server lacks them. */
	photoIdByHash: Map<string, string>;
}

export interface Outbox {
	entries: OutboxEntry[];
	/** Finalized but not sendable as they are (no sealed record): shown, never guessed at. */
	blocked: { id: string; reason: string }[];
}

function photoMeta(photo: StoredPhoto): PhotoMeta {
	// Only the fields of the wire schema: device bookkeeping (confirmedAt…) stays on the device.
	return PhotoMetaSchema.parse(photo);
}

/** Follow-ups as the server takes them: each with the ids of its evidence photos. */
function followUpsOf(followUps: readonly InspectionFollowUp[], photos: readonly StoredPhoto[]): FollowUp[] {
	return followUps.map((f) => ({
		...f,
		photoIds: photos.filter((p) => p.itemId === followUpPhotoItemId(f.recommendationId)).map((p) => p.id)
	}));
}

export async function readOutbox(userId: string, db: InspectorDatabase = database()): Promise<Outbox> {
	const rows = await db.inspections.where('status').equals('finalized').toArray();
	const conflicts = await db.syncStates.where('state').anyOf('conflict', 'rejected').toArray();
	const stuck = new Set(conflicts.map((c) => `${c.inspectionId}@${c.revision}`));
	const entries: OutboxEntry[] = [];
	const blocked: Outbox['blocked'] = [];
	for (const raw of rows) {
		const read = parseStoredInspection(raw);
		if (!read.ok || read.inspection.inspectorId !== userId) continue;
		const inspection = read.inspection;
		if (stuck.has(`${inspection.id}@${inspection.revision}`)) continue;
		const sealed = await db.revisions.get([inspection.id, inspection.revision]);
		if (!sealed) {
			blocked.push({ id: inspection.id, reason: 'no sealed record for this revision' });
			continue;
		}
		const photos = await db.photos.where('inspectionId').equals(inspection.id).toArray();
		entries.push({
			item: {
				// The seal's hash, not its text: the server rebuilds the manifest from the inspection and
				// photos sent and checks it against this hash, so the text would only double the bytes.
				inspection: inspection.manifestHash ? inspection : { ...inspection, manifestHash: sealed.manifestHash },
				photos: photos.map(photoMeta),
				...(inspection.followUps?.length ? { followUps: followUpsOf(inspection.followUps, photos) } : {})
			},
			photoIdByHash: new Map(photos.map((p) => [p.sha256, p.id]))
		});
	}
	return { entries, blocked };
}
