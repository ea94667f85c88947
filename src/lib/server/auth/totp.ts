import { Secret, TOTP } from 'otpauth';

/**
 * TOTP as every authenticator app makes it (RFC 6238: SHA-1, 6 digits, 30 s), through otpauth.
 * A code is accepted one step either side of the server's clock, so a phone 30 s off still works.
 */
const PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;
/** Shown in the authenticator app above the username. */
export const TOTP_ISSUER = 'Kiểm tra VHCV';

const CODE = /^\d{6}$/;

/** A new random secret (160 bits, as RFC 4226 recommends), base32 for manual entry. */
export function newTotpSecret(): string {
	return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the enrolment QR code carries. */
export function totpUri(secret: string, username: string): string {
	return totp(secret, username).toString();
}

/** The time step of `at`: a code belongs to one step, which is what replay protection records. */
export function timeStep(at: Date): number {
	return TOTP.counter({ period: PERIOD, timestamp: at.getTime() });
}

/**
 * The time step a code matches within the window, or null. Spaces are allowed (apps show "123 456").
 * Whether the step was used already is the store's check (useTotpStep), made atomically.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
	const token = code.replace(/\s/g, '');
	if (!CODE.test(token)) return null;
	const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: WINDOW });
	return delta === null ? null : timeStep(now) + delta;
}

function totp(secret: string, label = ''): TOTP {
	return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secret) });
}
