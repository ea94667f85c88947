import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { Sha256HexSchema } from './sha256Hex';

/**
 * Where the inspector was. `source` tells a GPS fix from a point placed by hand on the map, which
 * supervisors weigh differently; accuracy is the radius in metres the device reported.
 */
export const LocationFixSchema = z.object({
	lat: z.number().check(z.gte(-90), z.lte(90)),
	lng: z.number().check(z.gte(-180), z.lte(180)),
	/** Metres; null for a manual placement. */
	accuracy: z.nullable(z.number().check(z.gte(0))),
	source: z.enum(['gps', 'manual']),
	capturedAt: IsoDateTimeSchema
});
export type LocationFix = z.infer<typeof LocationFixSchema>;

export { Sha256HexSchema } from './sha256Hex';

/** A photo's metadata, kept apart from its bytes (the bytes live in their own table). */
export const PhotoMetaSchema = z.object({
	id: z.uuid(),
	inspectionId: z.uuid(),
	/** null for a photo of the inspection as a whole. */
	itemId: z.nullable(z.string()),
	caption: z.string().check(z.maxLength(500)),
	mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
	/** SHA-256 of the stored bytes, hex. */
	sha256: Sha256HexSchema,
	byteLength: z.int().check(z.positive()),
	width: z.int().check(z.positive()),
	height: z.int().check(z.positive()),
	/** When the photo was taken (from EXIF when present, else when it was added). */
	capturedAt: IsoDateTimeSchema,
	location: z.nullable(LocationFixSchema),
	addedAt: IsoDateTimeSchema
});
export type PhotoMeta = z.infer<typeof PhotoMetaSchema>;
