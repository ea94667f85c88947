import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { FinalizeProblem } from '$lib/domain/finalize';
import type { Inspection } from '$lib/domain/inspection';
import { buildManifest, manifestText, type InspectionManifest, type Signer } from '$lib/domain/manifest';
import { sha256Hex } from '$lib/domain/sha256';
import { signText } from '$lib/domain/signature';
import { deviceKeyFor } from '../device/deviceKey';
import { loadSignedIn } from '../session/accountStore';
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

/** Only the inspector signed in on this device signs their records. */
export class NotSignerError extends Error {
	constructor(id: string) {
		super(`Inspection ${id} belongs to another account than the one signed in on this device`);
		this.name = 'NotSignerError';
	}
}

/** The manifest text of what is stored now, as it would be once finalized at `finishedAt`. */
async function snapshotText(db: InspectorDatabase, id: string, finishedAt: string, signer: Signer): Promise<{ text: string; photos: StoredPhoto[] }> {
	const raw = await db.inspections.get(id);
	if (!raw) throw new InspectionNotFoundError(id);
	const read = parseStoredInspection(raw);
	if (!read.ok) throw new Error(read.error);
	const photos = await db.photos.where('inspectionId').equals(id).toArray();
	return { text: manifestText(buildManifest(read.inspection, photos, signer, finishedAt)), photos };
}

/**
 * Who signs: the account signed in on this device (its name as the server gave it, never typed) and
 * this device's key for that account (made now if this is its first record).
 */
export async function signerFor(inspectorId: string, inspectionId: string, db: InspectorDatabase): Promise<{ signer: Signer; privateKey: CryptoKey }> {
	const signedIn = await loadSignedIn(db);
	if (!signedIn || signedIn.account.id !== inspectorId) throw new NotSignerError(inspectionId);
	const key = await deviceKeyFor(inspectorId, db);
	return { signer: { inspectorName: signedIn.account.displayName, deviceId: key.keyId }, privateKey: key.privateKey };
}

/**
 * Finalize with a signed record: check the finalize rules with the photos on the device, build the
 * manifest, hash it, sign it with this device's key, and in ONE transaction lock the inspection,
 * store the hash on it and add the revision's record with its signature (never overwriting an
 * earlier one).
 *
 * Hash and signature are computed before the transaction (awaiting crypto inside it would let
 * IndexedDB commit early); inside, the manifest is rebuilt from what is stored at that moment and
 * must be the very text that was signed, otherwise something changed in between and it starts over.
 */
export async function finalizeWithManifest(
	id: string,
	template: ChecklistTemplate,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<SealResult> {
	const finishedAt = now.toISOString();
	const raw = await db.inspections.get(id);
	if (!raw) throw new InspectionNotFoundError(id);
	const { signer, privateKey } = await signerFor(String(raw.inspectorId), id, db);
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const before = await snapshotText(db, id, finishedAt, signer);
		const hash = await sha256Hex(before.text);
		const signature = await signText(privateKey, before.text);
		const outcome = await db.transaction('rw', [db.inspections, db.photos, db.revisions], async (): Promise<SealResult | 'changed'> => {
			const current = await snapshotText(db, id, finishedAt, signer);
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
				sealedAt: finishedAt,
				signature
			});
			return { ok: true, inspection, manifestHash: hash };
		});
		if (outcome !== 'changed') return outcome;
	}
	throw new InspectionChangingError(id);
}
