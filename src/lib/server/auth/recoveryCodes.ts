import { randomInt } from 'node:crypto';
import { sha256Hex } from '../store/canonical';

/**
 * Recovery codes: ten single-use codes shown once at enrolment, for a lost or broken phone. Each is
 * 12 characters from an alphabet without look-alikes (60 bits), written "abcd-efgh-jkmn". Only their
 * SHA-256 is stored: with 60 random bits a fast hash is enough (nothing to guess offline in
 * reasonable time), and the TOTP secret beside them in the same database is readable anyway.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 12;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
	return Array.from({ length: count }, () => {
		const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
		return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
	});
}

/** How a code typed in any case, with or without dashes and spaces, is stored and looked up. */
export function recoveryCodeHash(typed: string): string | null {
	const code = typed.toLowerCase().replace(/[\s-]/g, '');
	if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
	return sha256Hex(code);
}
