import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { Sha256HexSchema } from './evidence';
import { SignatureSchema } from './signatureSchemas';

/**
 * The sending half of the sync protocol's wire format (sync.ts has the pull), shared by the phone
 * and the server (which re-parses everything). Exactly once: an inspection is identified by
 * (id, revision). The same record again is accepted as a duplicate (success); a different record
 * under the same id and revision is a conflict.
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
