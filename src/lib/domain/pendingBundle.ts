import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { Sha256HexSchema } from './evidence';
import { PushItemSchema, PushResultSchema } from './sync';

/**
 * The escape hatch for days without a network: the inspector exports every inspection still
 * waiting to be sent as one file (Zalo, USB stick, e-mail), and a supervisor imports it on the
 * server. The file carries what a push carries, plus the sealed manifest text and every photo's
 * bytes, so it verifies itself: the server recomputes every photo's SHA-256 and rebuilds every
 * manifest before storing anything. The phone keeps its copy and still sends it when it can; the
 * server answers that later push as a duplicate, so nothing is stored twice.
 *
 * One item is imported per request (POST /api/sync/import), so a large file goes in steps of a few
 * megabytes and a dropped connection costs one item, retried safely.
 */
export const PENDING_BUNDLE_FORMAT = 'vhcv-pending-bundle/1';

/** A photo's bytes as base64 (standard alphabet, padded), with the hash they must have. */
export const BundlePhotoSchema = z.object({
	sha256: Sha256HexSchema,
	mime: z.enum(['image/jpeg', 'image/png']),
	// 10 MB of bytes as base64: the same ceiling as a photo upload.
	base64: z.string().check(z.maxLength(14_000_000), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Ảnh phải ở dạng base64'))
});
export type BundlePhoto = z.infer<typeof BundlePhotoSchema>;

/** One inspection of the file, and the request body that imports it. */
export const BundleItemSchema = z.object({
	item: z.extend(PushItemSchema, {
		// Required here (optional in a push): the file must verify on its own.
		manifest: z.string().check(z.minLength(2), z.maxLength(2_000_000))
	}),
	photos: z.array(BundlePhotoSchema).check(z.maxLength(500))
});
export type BundleItem = z.infer<typeof BundleItemSchema>;

/** Who exported a file, as the phone knew them: shown to the supervisor and kept in the trail. */
const ExporterSchema = z.object({ id: z.string(), name: z.string().check(z.maxLength(200)) });

export const PendingBundleSchema = z.object({
	format: z.literal(PENDING_BUNDLE_FORMAT),
	exportedAt: IsoDateTimeSchema,
	exportedBy: ExporterSchema,
	items: z.array(BundleItemSchema).check(z.minLength(1), z.maxLength(500))
});
export type PendingBundle = z.infer<typeof PendingBundleSchema>;

/** The import request: one item of a file, with who exported the file and when. */
export const ImportItemRequestSchema = z.object({
	exportedAt: IsoDateTimeSchema,
	exportedBy: ExporterSchema,
	entry: BundleItemSchema
});
export type ImportItemRequest = z.infer<typeof ImportItemRequestSchema>;

export const ImportItemResponseSchema = z.object({ result: PushResultSchema });
