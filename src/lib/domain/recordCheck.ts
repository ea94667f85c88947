import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';

/**
 * GET /api/verify/{fingerprint}: what the server says of a printed record (its QR code leads to
 * /verify/{fingerprint}). Shared by the endpoint and the page that reads it.
 */
export const RecordCheckSchema = z.object({
	fingerprint: z.string(),
	/** The server holds a record with exactly this hash. */
	held: z.boolean(),
	record: z.nullable(
		z.object({
			inspectionId: z.string(),
			revision: z.int(),
			/** The latest revision of this inspection on the server; greater than `revision` when corrected since. */
			currentRevision: z.int(),
			status: z.string(),
			agencyName: z.string(),
			inspector: z.object({ id: z.string(), name: z.string() }),
			deviceFinishedAt: z.string(),
			receivedAt: IsoDateTimeSchema,
			/** false: sealed before signing (checked by its hash only). */
			signed: z.boolean(),
			/** The signature verifies today against the device key registered for the inspector. */
			signatureValid: z.boolean(),
			device: z.nullable(z.object({ id: z.string(), label: z.string(), firstSeenAt: IsoDateTimeSchema, revokedAt: z.nullable(IsoDateTimeSchema) })),
			/** SHA-256 of the photos of the signed paper page inside the record (signedPaper.ts); empty: signed on screen or not at all. */
			signedPaper: z.optional(z.array(z.string())),
			/** Whether this reader may open the record itself. */
			readable: z.boolean()
		})
	),
	/** The ledger's head now (SHA-256), as printed on documents issued from now on. */
	ledgerHead: z.nullable(z.object({ seq: z.int(), hash: z.string() }))
});
export type RecordCheck = z.infer<typeof RecordCheckSchema>;
