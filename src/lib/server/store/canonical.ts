import { createHash } from 'node:crypto';

/**
 * SHA-256 as 64 lowercase hex digits, the form used for content hashes, photo addresses and session
 * tokens, synchronously (node:crypto) for the server's hot paths. Records are hashed over their
 * canonical JSON, which has one implementation for phone and server: $lib/domain/canonicalJson.
 */
export function sha256Hex(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
