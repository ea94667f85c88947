import { z } from 'zod/mini';
import { PhotoMetaSchema } from '$lib/domain/evidence';
import type { InspectionManifest } from '$lib/domain/manifest';
import { ReturnedInspectionSchema, type PushItem, type ReturnedInspection } from '$lib/domain/sync';
import { sha256Hex } from '../store/canonical';

/**
 * What the server keeps of a revision: the manifest the phone sealed at finalize, verbatim (its
 * SHA-256 is the hash shown on the phone, so anyone can check the record later), and the photos'
 * metadata. The manifest holds every finding (answers, notes, team, representative, location,
 * photos by hash and caption); what it leaves out on purpose (edit times, status) changes without
 * the findings changing, so a retry is a duplicate and any change to the record is a conflict.
 * The push endpoint has checked that the manifest is exactly the inspection and photos sent.
 */
export interface SubmittedContent {
	manifest: string;
	photos: PushItem['photos'];
	/**
	 * The on-site follow-ups of earlier recommendations sent with the revision, when there were any.
	 * Kept with it (so in its content hash): a re-send of the same revision with other follow-ups is
	 * a conflict, not a duplicate, and cannot close or reopen a recommendation.
	 */
	followUps?: NonNullable<PushItem['followUps']>;
}

const byKey = <T>(key: (value: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** @param manifest the canonical manifest text, as checked against the phone's hash */
export function storedContent(manifest: string, photos: PushItem['photos'], followUps: PushItem['followUps'] = []): SubmittedContent {
	const content: SubmittedContent = { manifest, photos: [...photos].sort(byKey((p) => p.id)) };
	// Absent when there are none, so a revision stored before follow-ups were kept is still a duplicate of itself.
	if (followUps.length > 0) {
		content.followUps = [...followUps].sort(byKey((f) => f.recommendationId)).map((f) => ({ ...f, photoIds: [...f.photoIds].sort() }));
	}
	return content;
}

const StoredContentSchema = z.object({ manifest: z.string(), photos: z.array(PhotoMetaSchema) });

/**
 * The inspection rebuilt from what was stored, for a device that must reopen a returned revision
 * and may no longer have its own copy. Edit times are not in the record: each answer takes the
 * finish time. Null when the stored content is not of this shape.
 */
export function inspectionFromContent(content: unknown, revision: number, status: 'returned'): ReturnedInspection | null {
	const stored = StoredContentSchema.safeParse(content);
	if (!stored.success) return null;
	let manifest: InspectionManifest;
	try {
		manifest = JSON.parse(stored.data.manifest) as InspectionManifest;
	} catch {
		return null;
	}
	const at = manifest.finishedAt ?? manifest.startedAt;
	const rebuilt = ReturnedInspectionSchema.safeParse({
		inspection: {
			id: manifest.inspectionId,
			templateId: manifest.template?.id,
			templateVersion: manifest.template?.version,
			agencyId: manifest.agencyId,
			inspectorId: manifest.inspector?.id,
			inspectorName: manifest.inspector?.name,
			team: manifest.team,
			startedAt: manifest.startedAt,
			finishedAt: manifest.finishedAt,
			answers: Object.fromEntries(Object.entries(manifest.answers ?? {}).map(([id, a]) => [id, { value: a.value, note: a.note, updatedAt: at }])),
			generalNotes: manifest.generalNotes,
			representative: manifest.representative,
			status,
			revision,
			updatedAt: at,
			location: manifest.location,
			manifestHash: sha256Hex(stored.data.manifest)
		},
		photos: stored.data.photos
	});
	return rebuilt.success ? rebuilt.data : null;
}
