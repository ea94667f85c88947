/**
 * SHA-256 as lowercase hex, with the Web Crypto API that browsers (secure contexts), their workers
 * and Node 20+ all have as `globalThis.crypto.subtle`. Strings are hashed as their UTF-8 bytes.
 */
export type Sha256 = (data: ArrayBuffer | Uint8Array | string) => Promise<string>;

export const sha256Hex: Sha256 = async (data) => {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) throw new Error('crypto.subtle is missing: SHA-256 needs a secure context (HTTPS or localhost)');
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const digest = await subtle.digest('SHA-256', bytes as BufferSource);
	return hex(new Uint8Array(digest));
};

export function hex(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
	return out;
}

/** How a hash is shown to people: first 8 and last 8 hex digits, enough to compare by eye. */
export function shortHash(hash: string): string {
	return hash.length <= 16 ? hash : `${hash.slice(0, 8)}…${hash.slice(-8)}`;
}
