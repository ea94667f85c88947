import { z } from 'zod/mini';
import { IsoDateTimeSchema } from '$lib/domain/dates';
import { PhotoMetaSchema, type LocationFix } from '$lib/domain/evidence';
import type { Inspection } from '$lib/domain/inspection';
import type { AnyManifest } from '$lib/domain/manifest';
import { RecommendationSchema } from '$lib/domain/recommendation';
import { SUBMISSION_STATUSES_WIRE } from '$lib/domain/submissionStatus';
import { LedgerHeadSchema } from '$lib/domain/sync';

/**
 * GET /api/inspections/{id} as the review page reads it. The record is the manifest the phone
 * sealed (canonical JSON, verbatim) plus the photos' metadata; the rest is optional so the page
 * still shows a server that does not yet send revisions, photo checks or recommendations.
 */
const EventSchema = z.object({
	id: z.int(),
	revision: z.int(),
	actorId: z.string(),
	actorName: z.optional(z.string()),
	action: z.string(),
	comment: z.string(),
	itemComments: z.record(z.string(), z.string()),
	at: IsoDateTimeSchema
});
export type TrailEvent = z.infer<typeof EventSchema>;

/** `elsewhere`: another inspection cites the same photo (absent: older servers). */
const PhotoCheckSchema = z.object({ sha256: z.string(), serverHashMatches: z.boolean(), elsewhere: z.optional(z.boolean()) });

export const InspectionViewSchema = z.object({
	submission: z.object({
		inspectionId: z.string(),
		revision: z.int(),
		inspectorId: z.string(),
		agencyId: z.string(),
		templateId: z.string(),
		templateVersion: z.int(),
		status: z.enum(SUBMISSION_STATUSES_WIRE),
		contentHash: z.string(),
		deviceTime: z.string(),
		receivedAt: IsoDateTimeSchema
	}),
	content: z.object({ manifest: z.string(), photos: z.array(PhotoMetaSchema) }),
	/** Who signed the record, checked again by the server on this read (absent: older servers). */
	signature: z.optional(
		z.nullable(
			z.object({
				signed: z.boolean(),
				valid: z.boolean(),
				deviceId: z.nullable(z.string()),
				deviceLabel: z.nullable(z.string()),
				revokedAt: z.nullable(z.string())
			})
		)
	),
	/** The server's ledger head at this read, printed on the biên bản. */
	ledgerHead: z.optional(z.nullable(LedgerHeadSchema)),
	events: z.array(EventSchema),
	photoChecks: z.optional(z.array(PhotoCheckSchema)),
	recommendations: z.optional(z.array(RecommendationSchema)),
	revisions: z.optional(
		z.array(
			z.object({
				revision: z.int(),
				/** SHA-256 of the sealed manifest: the fingerprint the phone showed at finalize. */
				manifestHash: z.optional(z.nullable(z.string())),
				deviceFinishedAt: z.optional(z.string()),
				receivedAt: z.optional(z.string()),
				status: z.optional(z.string())
			})
		)
	)
});
export type InspectionView = z.infer<typeof InspectionViewSchema>;

/** The sealed manifest, parsed; it is the record the supervisor judges (not any later device state). */
export function readManifest(text: string): AnyManifest {
	return JSON.parse(text) as AnyManifest;
}

/** The sealed manifest hash of the latest revision (the phone's fingerprint); the content hash without it. */
export function sealOf(view: InspectionView): { hash: string; sealed: boolean } {
	const latest = view.revisions?.find((r) => r.revision === view.submission.revision);
	return latest?.manifestHash ? { hash: latest.manifestHash, sealed: true } : { hash: view.submission.contentHash, sealed: false };
}

/** The manifest in the shape scoring and the location section take. */
export function answersOf(manifest: AnyManifest): Pick<Inspection, 'answers' | 'startedAt'> {
	// The manifest leaves out edit times on purpose; scoring does not read them.
	const answers = Object.fromEntries(Object.entries(manifest.answers).map(([id, a]) => [id, { ...a, updatedAt: manifest.startedAt }]));
	return { answers, startedAt: manifest.startedAt };
}

export function fixOf(manifest: AnyManifest): LocationFix | null {
	return manifest.location;
}
