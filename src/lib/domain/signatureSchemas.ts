import { z } from 'zod/mini';

/** The wire forms of device signatures and keys (signature.ts signs and verifies). */

/** base64url of 64 bytes. */
export const SignatureSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/, 'Chữ ký phải là 64 byte base64url'));

/** The public key as registered: a P-256 JWK with its coordinates only. */
export const PublicKeyJwkSchema = z.object({
	kty: z.literal('EC'),
	crv: z.literal('P-256'),
	x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
	y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))
});
export type PublicKeyJwk = z.infer<typeof PublicKeyJwkSchema>;
