import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';
import { IsoDateTimeSchema } from './dates';
import { PhotoMetaSchema, Sha256HexSchema } from './evidence';
import { InspectionSchema } from './inspection';
import { RecommendationSchema } from './recommendation';
import { SignatureSchema } from './signature';

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
/**
 * Request body limits the server enforces (413 beyond them). A push body may be sent gzipped
 * (`Content-Encoding: gzip`); the limit then applies to the compressed and to the decompressed size.
 */
export const MAX_PUSH_BYTES = 2 * 1024 * 1024;
export const MAX_PHOTO_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * One signed record: the canonical text of the manifest the phone sealed at finalize (manifest.ts)
 * and the phone's signature of it (signature.ts). The text is the record: the server verifies its
 * hash and signature, parses it with InspectionManifestSchema and derives everything from it; photo
 * bytes travel separately, by the hashes inside it.
 */
export const PushItemSchema = z.object({
	manifest: z.string().check(z.minLength(2), z.maxLength(2_000_000)),
	signature: SignatureSchema
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

/** The latest entry of the server's hash-chained ledger: its number and hash. */
export const LedgerHeadSchema = z.object({ seq: z.int(), hash: Sha256HexSchema });
export type LedgerHeadView = z.infer<typeof LedgerHeadSchema>;

export const MissingPhotosRequestSchema = z.object({
	hashes: z.array(Sha256HexSchema).check(z.maxLength(2000))
});
export const MissingPhotosResponseSchema = z.object({
	missing: z.array(Sha256HexSchema),
	/**
	 * Photos the asker holds whose thumbnail the server lacks (PUT /api/photos/{sha256}/thumbnail),
	 * so a thumbnail lost with a dropped connection is sent at the next run. Absent from servers
	 * before thumbnails.
	 */
	missingThumbnails: z.optional(z.array(Sha256HexSchema))
});

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

/**
 * A returned inspection as the server holds it (status 'returned', the revision the decision is
 * about), so a device that no longer has its own copy can still reopen it for correction.
 */
export const ReturnedInspectionSchema = z.object({
	inspection: InspectionSchema,
	photos: z.array(PhotoMetaSchema)
});
export type ReturnedInspection = z.infer<typeof ReturnedInspectionSchema>;

/**
 * templates and agencies: the whole current catalog when it changed since the cursor (or on a first
 * pull, without cursor); both empty when the device's copy is current. decisions: approvals and
 * returns of the user's inspections since the cursor, oldest first. Keep the returned cursor only
 * once everything in the response is stored on the device; while `more` is true, pull again at once.
 */
export const PullResponseSchema = z.object({
	cursor: z.string(),
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema),
	decisions: z.array(ReviewDecisionSchema),
	/** The content of every inspection returned in `decisions` (absent: none). */
	returned: z.optional(z.array(ReturnedInspectionSchema)),
	/** More changes wait beyond this page (absent: false). */
	more: z.optional(z.boolean()),
	/** Open recommendations the user's next inspections should check (inspectors; absent: none). */
	recommendations: z.optional(z.array(RecommendationSchema)),
	/** The server's ledger head now: printed on biên bản made on the phone (absent: older servers). */
	ledgerHead: z.optional(z.nullable(LedgerHeadSchema))
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
