import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { PublicKeyJwkSchema } from './signatureSchemas';

/** POST /api/devices: a phone registers the public half of the key that signs its records. */
export const RegisterDeviceRequestSchema = z.object({
	id: z.uuid(),
	publicKey: PublicKeyJwkSchema,
	label: z.string().check(z.maxLength(120))
});
export type RegisterDeviceRequest = z.infer<typeof RegisterDeviceRequestSchema>;

/** A device key as the admin pages and the verify page show it. */
export const DeviceViewSchema = z.object({
	id: z.string(),
	userId: z.string(),
	label: z.string(),
	firstSeenAt: IsoDateTimeSchema,
	lastSeenAt: IsoDateTimeSchema,
	revokedAt: z.nullable(IsoDateTimeSchema),
	revokedBy: z.nullable(z.string())
});
export type DeviceView = z.infer<typeof DeviceViewSchema>;

/** At most this many unrevoked keys per account: a phone per year for a decade, and no table to fill. */
export const MAX_ACTIVE_DEVICES = 20;
