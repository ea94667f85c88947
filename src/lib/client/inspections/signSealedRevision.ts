import type { Inspection } from '$lib/domain/inspection';
import { buildManifest, manifestText, type InspectionManifest } from '$lib/domain/manifest';
import { sha256Hex } from '$lib/domain/sha256';
import { signText } from '$lib/domain/signature';
import type { InspectorDatabase, RevisionRecord } from '../db/database';
import { parseStoredInspection } from './readInspection';
import { signerFor } from './sealInspection';

/**
 * A revision finalized on this phone before the app signed records: sealed with the older unsigned
 * manifest (/1) and not yet sent. Before it leaves the phone it is sealed once more as a signed
 * record (/2), from the same stored inspection and photos and with the same finish time; its
 * fingerprint changes, which nobody outside the phone has seen yet (a sent record is never touched).
 * Null when the inspection is no longer a finalized, unsigned revision (changed meanwhile).
 */
export async function signSealedRevision(inspection: Inspection, db: InspectorDatabase): Promise<RevisionRecord | null> {
	if (inspection.status !== 'finalized' || inspection.finishedAt === null) return null;
	const { signer, privateKey } = await signerFor(inspection.inspectorId, inspection.id, db);
	const photos = await db.photos.where('inspectionId').equals(inspection.id).toArray();
	const text = manifestText(buildManifest(inspection, photos, signer, inspection.finishedAt));
	const hash = await sha256Hex(text);
	const signature = await signText(privateKey, text);
	return db.transaction('rw', [db.inspections, db.revisions], async () => {
		const raw = await db.inspections.get(inspection.id);
		const current = raw ? parseStoredInspection(raw) : null;
		const sealed = await db.revisions.get([inspection.id, inspection.revision]);
		if (!current?.ok || current.inspection.status !== 'finalized' || current.inspection.revision !== inspection.revision || !sealed || sealed.signature) {
			return null;
		}
		const record: RevisionRecord = { ...sealed, manifest: JSON.parse(text) as InspectionManifest, manifestText: text, manifestHash: hash, signature };
		await db.revisions.put(record);
		await db.inspections.put({ ...current.inspection, manifestHash: hash });
		return record;
	});
}
