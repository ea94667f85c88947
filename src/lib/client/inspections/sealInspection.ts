import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { FinalizeProblem } from '$lib/domain/finalize';
import type { Inspection } from '$lib/domain/inspection';
import { buildManifest, manifestText, type InspectionManifest } from '$lib/domain/manifest';
import { sha256Hex } from '$lib/domain/sha256';
import { database, type InspectorDatabase, type StoredPhoto } from '../db/database';
import { photoCountsByItem } from '../evidence/photoStore';
import { InspectionNotFoundError } from './errors';
import { finalizeInspection } from './finalizeInspection';
import { parseStoredInspection } from './readInspection';

export type SealResult =
	| { ok: true; inspection: Inspection; manifestHash: string }
	| { ok: false; problems: FinalizeProblem[] };

/** The inspection or its photos changed between hashing and writing, again and again. */
export class InspectionChangingError extends Error {
	constructor(id: string) {
		super(`Inspection ${id} kept changing while it was being finalized`);
		this.name = 'InspectionChangingError';
	}
}

/** A revision already has its sealed record: it is never written twice. */
export class RevisionSealedError extends Error {
	constructor(id: string, revision: number) {
		super(`Revision ${revision} of inspection ${id} is already sealed`);
		this.name = 'RevisionSealedError';
	}
}

const ATTEMPTS = 3;

/** The manifest text of what is stored now, as it would be once finalized at `finishedAt`. */
async function snapshotText(db: InspectorDatabase, id: string, finishedAt: string): Promise<{ text: string; photos: StoredPhoto[] }> {
	const raw = await db.inspections.get(id);
	if (!raw) throw new InspectionNotFoundError(id);
	const read = parseStoredInspection(raw);
	if (!read.ok) throw new Error(read.error);
	const photos = await db.photos.where('inspectionId').equals(id).toArray();
	const manifest = buildManifest({ ...read.inspection, finishedAt }, photos);
	return { text: manifestText(manifest), photos };
}

/**
 * Finalize with a tamper-evident record: check the finalize rules with the photos on the device,
 * build the manifest, hash it, and in ONE transaction lock the inspection, store the hash on it and
 * add the revision's record (never overwriting an earlier one).
 *
 * The hash is computed before the transaction (awaiting crypto inside it would let IndexedDB
 * commit early); inside, the manifest is rebuilt from what is stored at that moment and must be
 * the very text that was hashed, otherwise something changed in between and it starts over.
 */
export async function finalizeWithManifest(
	id: string,
	template: ChecklistTemplate,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<SealResult> {
	const finishedAt = now.toISOString();
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const before = await snapshotText(db, id, finishedAt);
		const hash = await sha256Hex(before.text);
		const outcome = await db.transaction('rw', [db.inspections, db.photos, db.revisions], async (): Promise<SealResult | 'changed'> => {
			const current = await snapshotText(db, id, finishedAt);
			if (current.text !== before.text) return 'changed';
			const result = await finalizeInspection(id, template, db, now, photoCountsByItem(current.photos));
			if (!result.ok) return result;
			const inspection = { ...result.inspection, manifestHash: hash };
			if (await db.revisions.get([id, inspection.revision])) throw new RevisionSealedError(id, inspection.revision);
			await db.inspections.put(inspection);
			await db.revisions.add({
				inspectionId: id,
				revision: inspection.revision,
				manifest: JSON.parse(current.text) as InspectionManifest,
				manifestText: current.text,
				manifestHash: hash,
				sealedAt: finishedAt
			});
			return { ok: true, inspection, manifestHash: hash };
		});
		if (outcome !== 'changed') return outcome;
	}
	throw new InspectionChangingError(id);
}
