import { SignatureSchema, type PublicKeyJwk } from './signatureSchemas';

/**
 * Device signatures: ECDSA on P-256 with SHA-256 (WebCrypto's names), the signature as the 64-byte
 * r‖s form WebCrypto produces (IEEE P1363), in base64url. The phone's private key is made
 * non-extractable and never leaves it; its public half is registered for the account and device.
 * Written with the Web Crypto API only, so the phone and the server (Node 20's crypto.subtle) run
 * the same code. The schemas are in signatureSchemas.ts: the sync code every page loads needs
 * them, and a module is loaded whole, so these functions stay out of that start-up code.
 */
export const SIGNING_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

function subtle(): SubtleCrypto {
	const crypto = globalThis.crypto?.subtle;
	if (!crypto) throw new Error('crypto.subtle is missing: signing needs a secure context (HTTPS or localhost)');
	return crypto;
}

/** A new key pair whose private half cannot be exported (it can only sign, on this device). */
export async function generateSigningKey(): Promise<{ privateKey: CryptoKey; publicKey: PublicKeyJwk }> {
	const pair = (await subtle().generateKey(SIGNING_KEY_ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
	const jwk = await subtle().exportKey('jwk', pair.publicKey);
	return { privateKey: pair.privateKey, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' } };
}

/** Signs the UTF-8 bytes of `text`. */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
	const signature = await subtle().sign(SIGN_ALGORITHM, privateKey, new TextEncoder().encode(text));
	return toBase64Url(new Uint8Array(signature));
}

export function importVerifyKey(publicKey: PublicKeyJwk): Promise<CryptoKey> {
	return subtle().importKey('jwk', { ...publicKey, ext: true }, SIGNING_KEY_ALGORITHM, false, ['verify']);
}

/** Whether `signature` is the key's signature of exactly `text`. False for a malformed signature. */
export async function verifyText(key: CryptoKey, text: string, signature: string): Promise<boolean> {
	if (!SignatureSchema.safeParse(signature).success) return false;
	return subtle().verify(SIGN_ALGORITHM, key, fromBase64Url(signature) as BufferSource, new TextEncoder().encode(text));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

export function fromBase64Url(text: string): Uint8Array {
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let index = 0;
	for (const char of text) {
		const digit = ALPHABET.indexOf(char);
		if (digit < 0) throw new TypeError('Not base64url');
		value = (value << 6) | digit;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[index++] = (value >> bits) & 255;
		}
	}
	return out.subarray(0, index);
}
