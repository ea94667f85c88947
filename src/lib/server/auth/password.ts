import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hashPool } from './hashPool';

/**
 * Passwords as scrypt PHC strings: `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64 without padding).
 * The cost is recorded in each hash, so it can be raised later: old hashes still verify, and
 * needsRehash() tells the login to store a new one while it has the password in hand.
 * ln=17 (N=2^17), r=8, p=1 is OWASP's recommendation for scrypt: 128 MiB and ~0.3 s per hash here.
 */
export interface ScryptParams {
	/** log2 of the CPU/memory cost N. */
	ln: number;
	r: number;
	p: number;
}

export const CURRENT_PARAMS: ScryptParams = { ln: 17, r: 8, p: 1 };

const SALT_BYTES = 16;
const HASH_BYTES = 32;
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{16,})$/;

export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const hash = await derive(password, salt, HASH_BYTES, params);
	return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(hash)}`;
}

/**
 * Constant-time comparison; false (never an exception) for a malformed or foreign hash, after the
 * same work as a real check (against the decoy): an account whose hash is not a password's (the
 * demo history's, say) must not answer faster than one that is.
 */
export async function verifyPassword(password: string, phc: string): Promise<boolean> {
	const parsed = parsePhc(phc);
	if (!parsed) {
		await verifyPassword(password, await decoyHash());
		return false;
	}
	const actual = await derive(password, parsed.salt, parsed.hash.length, parsed.params);
	return timingSafeEqual(actual, parsed.hash);
}

/** True when a stored hash was made with other parameters than today's (or cannot be read). */
export function needsRehash(phc: string, params: ScryptParams = CURRENT_PARAMS): boolean {
	const parsed = parsePhc(phc);
	return !parsed || parsed.params.ln !== params.ln || parsed.params.r !== params.r || parsed.params.p !== params.p;
}

/**
 * A valid hash of a password nobody knows. Verifying against it when a username does not exist takes
 * as long as a real check, so response times do not reveal which usernames exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(randomBytes(32).toString('base64')).catch((error: unknown) => {
		// Not made (the hashing threads were full): made again by the next caller.
		decoy = undefined;
		throw error;
	});
	return decoy;
}

function parsePhc(phc: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
	const match = PHC.exec(phc);
	if (!match) return null;
	const [, ln, r, p, salt, hash] = match;
	const params = { ln: Number(ln), r: Number(r), p: Number(p) };
	if (params.ln < 1 || params.ln > 24 || params.r < 1 || params.p < 1) return null;
	return { params, salt: Buffer.from(salt as string, 'base64'), hash: Buffer.from(hash as string, 'base64') };
}

/** On the hashing threads (hashPool.ts); rejects with HashPoolBusyError when they are at capacity. */
function derive(password: string, salt: Buffer, length: number, { ln, r, p }: ScryptParams): Promise<Buffer> {
	const N = 2 ** ln;
	// Node refuses more than 32 MiB by default; scrypt needs 128·N·r bytes, plus headroom.
	return hashPool().run({ password: password.normalize('NFC'), salt, length, N, r, p, maxmem: 128 * N * r * p + 32 * 1024 * 1024 });
}

function b64(bytes: Buffer): string {
	return bytes.toString('base64').replace(/=+$/, '');
}
