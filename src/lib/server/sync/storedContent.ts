import { z } from 'zod/mini';
import { PhotoMetaSchema, type PhotoMeta } from '$lib/domain/evidence';
import { manifestPhotos, MANIFEST_FORMAT, type AnyManifest, type InspectionManifest } from '$lib/domain/manifest';
import { recordTeam } from '$lib/domain/recordTeam';
import { ReturnedInspectionSchema, type ReturnedInspection } from '$lib/domain/sync';
import { sha256Hex } from '../store/canonical';
import { readRecord } from './signedRecord';

/**
 * What the server keeps of a revision: the signed record, verbatim (its text and the phone's
 * signature; its SHA-256 is the fingerprint the phone showed, and it decides duplicate versus
 * conflict), and nothing else: every row is derived from it.
 *
 * Revisions stored before signing (schema 4 and older) hold `{ manifest, photos, followUps? }`:
 * the hashed manifest /1 and the photos' metadata beside it. They are read as they are, marked
 * "sealed before signing", and still verify by their hash.
 */
export interface SignedContent {
	manifest: string;
	signature: string;
}

const SignedContentSchema = z.object({ manifest: z.string(), signature: z.string() });
const UnsignedContentSchema = z.object({ manifest: z.string(), photos: z.array(PhotoMetaSchema) });

export function signedContent(text: string, signature: string): SignedContent {
	return { manifest: text, signature };
}

export interface StoredRecord {
	/** The record's text as stored. */
	text: string;
	manifest: AnyManifest;
	/** null for a record sealed before signing. */
	signature: string | null;
	photos: PhotoMeta[];
}

/** A stored revision's record, signed or sealed before signing; null when the content is neither. */
export function storedRecord(content: unknown): StoredRecord | null {
	const signed = SignedContentSchema.safeParse(content);
	if (signed.success && !('photos' in (content as object))) {
		const manifest = parseSigned(signed.data.manifest);
		return manifest ? { text: signed.data.manifest, manifest, signature: signed.data.signature, photos: manifestPhotos(manifest) } : null;
	}
	const unsigned = UnsignedContentSchema.safeParse(content);
	if (!unsigned.success) return null;
	try {
		const manifest = JSON.parse(unsigned.data.manifest) as AnyManifest;
		return { text: unsigned.data.manifest, manifest, signature: null, photos: unsigned.data.photos };
	} catch {
		return null;
	}
}

/** A signed record's text read as the current format (a /2 record too: signedRecord.ts). */
function parseSigned(text: string): InspectionManifest | null {
	const read = readRecord(text);
	return read.ok ? read.manifest : null;
}

/**
 * The inspection rebuilt from what was stored, for a device that must reopen a returned revision
 * and may no longer have its own copy. Edit times are not in the record: each answer takes the
 * finish time. Null when the stored content is not a record.
 */
export function inspectionFromContent(content: unknown, revision: number, status: 'returned'): ReturnedInspection | null {
	const record = storedRecord(content);
	if (!record) return null;
	const { manifest } = record;
	const at = manifest.finishedAt ?? manifest.startedAt;
	const rebuilt = ReturnedInspectionSchema.safeParse({
		inspection: {
			id: manifest.inspectionId,
			templateId: manifest.template?.id,
			templateVersion: manifest.template?.version,
			agencyId: manifest.agencyId,
			inspectorId: manifest.inspector?.id,
			inspectorName: manifest.inspector?.name,
			team: recordTeam(manifest),
			startedAt: manifest.startedAt,
			finishedAt: manifest.finishedAt,
			answers: Object.fromEntries(Object.entries(manifest.answers ?? {}).map(([id, a]) => [id, { value: a.value, note: a.note, updatedAt: at }])),
			generalNotes: manifest.generalNotes,
			representative: manifest.representative,
			status,
			revision,
			updatedAt: at,
			location: manifest.location,
			manifestHash: sha256Hex(record.text),
			...(manifest.format === MANIFEST_FORMAT ? { followUps: manifest.followUps } : {}),
			// What earlier moves to a newer template version set aside stays with the corrected draft.
			...(manifest.templateMoves ? { templateMoves: manifest.templateMoves } : {})
		},
		photos: record.photos
	});
	return rebuilt.success ? rebuilt.data : null;
}
