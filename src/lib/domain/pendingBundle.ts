import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { Sha256HexSchema } from './evidence';
import { PushItemSchema, PushResultSchema } from './push';

/**
 * The escape hatch for days without a network: the inspector exports every inspection still
 * waiting to be sent as one file (Zalo, USB stick, e-mail), and a supervisor imports it on the
 * server. The file carries what a push carries (each record's text and the phone's signature of
 * it) and every photo's bytes, so it verifies itself: the server checks every signature against
 * the inspector's registered device keys and recomputes every photo's SHA-256 before storing
 * anything. Whoever relays or imports the file cannot change a record without breaking its
 * signature, nor make one: that takes the inspector's phone. The phone keeps its copy and still sends it when it can; the
 * server answers that later push as a duplicate, so nothing is stored twice.
 *
 * One item is imported per request (POST /api/sync/import), so a large file goes in steps of a few
 * megabytes and a dropped connection costs one item, retried safely.
 */
export const PENDING_BUNDLE_FORMAT = 'vhcv-pending-bundle/2';
/** Files from app versions before signing: their records are unsigned and are refused, with this reason. */
export const UNSIGNED_BUNDLE_FORMAT = 'vhcv-pending-bundle/1';

/** A photo's bytes as base64 (standard alphabet, padded), with the hash they must have. */
export const BundlePhotoSchema = z.object({
	sha256: Sha256HexSchema,
	mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
	// 10 MB of bytes as base64: the same ceiling as a photo upload.
	base64: z.string().check(z.maxLength(14_000_000), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Ảnh phải ở dạng base64'))
});
export type BundlePhoto = z.infer<typeof BundlePhotoSchema>;

/** One inspection of the file, and the request body that imports it. */
export const BundleItemSchema = z.object({
	item: PushItemSchema,
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
