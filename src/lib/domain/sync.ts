import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';
import { IsoDateTimeSchema } from './dates';
import { PhotoMetaSchema, Sha256HexSchema } from './evidence';
import { InspectionSchema } from './inspection';

/**
 * The sync protocol's wire format, shared by the phone and the server (which re-parses everything).
 *
 * push   POST /api/sync/push      many finalized inspections in one request (one round trip for N)
 * photos POST /api/photos/missing which of these hashes the server lacks; PUT /api/photos/{sha256}
 * pull   GET  /api/sync/pull?cursor=…  what changed for this user since the cursor
 *
 * Exactly once: an inspection is identified by (id, revision). The same content again is accepted
 * as a duplicate (success); different content under the same id and revision is a conflict.
 */

export const MAX_PUSH_BATCH = 50;

export const PushItemSchema = z.object({
	inspection: InspectionSchema,
	/** Metadata of every photo of this revision; the bytes travel separately, by hash. */
	photos: z.array(PhotoMetaSchema).check(z.maxLength(500)),
	/** The canonical manifest the phone hashed at finalize (see manifest.ts). */
	manifest: z.string().check(z.maxLength(2_000_000))
});
export type PushItem = z.infer<typeof PushItemSchema>;

export const PushRequestSchema = z.object({
	items: z.array(PushItemSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_BATCH))
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushOutcomeSchema = z.enum([
	/** Stored now. */
	'created',
	/** Already stored with the same content: a retry, also a success. */
	'duplicate',
	/** Same id and revision, different content: stays on the device, shown to the inspector. */
	'conflict',
	/** Some photos are not on the server yet: upload them, then push again. */
	'missing-photos',
	/** Refused (not yours, outside what you may submit, or fails validation). */
	'rejected'
]);
export type PushOutcome = z.infer<typeof PushOutcomeSchema>;

export const PushResultSchema = z.object({
	id: z.string(),
	revision: z.int(),
	outcome: PushOutcomeSchema,
	receivedAt: z.nullable(IsoDateTimeSchema),
	missingPhotos: z.array(Sha256HexSchema),
	message: z.optional(z.string())
});
export type PushResult = z.infer<typeof PushResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(PushResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const MissingPhotosRequestSchema = z.object({
	hashes: z.array(Sha256HexSchema).check(z.maxLength(2000))
});
export const MissingPhotosResponseSchema = z.object({ missing: z.array(Sha256HexSchema) });

export const ReviewDecisionSchema = z.object({
	inspectionId: z.string(),
	revision: z.int(),
	action: z.enum(['approved', 'returned']),
	comment: z.string(),
	itemComments: z.record(z.string(), z.string()),
	by: z.string(),
	at: IsoDateTimeSchema
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const PullResponseSchema = z.object({
	cursor: z.string(),
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema),
	decisions: z.array(ReviewDecisionSchema)
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
