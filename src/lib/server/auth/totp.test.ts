import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, timeStep, totpUri } from './totp';

// RFC 6238 appendix B's SHA-1 key ("12345678901234567890"), base32: an oracle we did not write.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP codes', () => {
	it('accepts the RFC 6238 test vectors at their times, as the step they belong to', () => {
		// RFC 6238 lists 8-digit codes; a 6-digit code is their last six digits.
		expect(matchTotp(RFC_SECRET, '287082', at(59))).toBe(1);
		expect(matchTotp(RFC_SECRET, '081804', at(1111111109))).toBe(37037036);
		expect(matchTotp(RFC_SECRET, '050471', at(1111111111))).toBe(37037037);
		expect(matchTotp(RFC_SECRET, '005924', at(1234567890))).toBe(41152263);
	});

	it('accepts one step either side of the clock and nothing further', () => {
		const now = at(1_800_000_015);
		const code = (offsetSteps: number) => TOTP.generate({ secret: Secret.fromBase32(RFC_SECRET), timestamp: now.getTime() + offsetSteps * 30_000 });
		expect(matchTotp(RFC_SECRET, code(0), now)).toBe(timeStep(now));
		expect(matchTotp(RFC_SECRET, code(-1), now)).toBe(timeStep(now) - 1);
		expect(matchTotp(RFC_SECRET, code(1), now)).toBe(timeStep(now) + 1);
		expect(matchTotp(RFC_SECRET, code(-2), now)).toBeNull();
		expect(matchTotp(RFC_SECRET, code(2), now)).toBeNull();
	});

	it('takes a code typed with a space, and refuses anything that is not six digits', () => {
		expect(matchTotp(RFC_SECRET, '287 082', at(59))).toBe(1);
		for (const typed of ['', '28708', '2870822', '28708a', '２８７０８２', '287082\n1']) expect(matchTotp(RFC_SECRET, typed, at(59))).toBeNull();
	});

	it('makes a fresh 160-bit secret each time and an otpauth:// URI apps read', () => {
		const secret = newTotpSecret();
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(newTotpSecret()).not.toBe(secret);
		const uri = totpUri(secret, 'giamsat.xa');
		expect(uri).toMatch(/^otpauth:\/\/totp\//);
		const parsed = new URL(uri);
		expect(parsed.searchParams.get('secret')).toBe(secret);
		expect(parsed.searchParams.get('period')).toBe('30');
		expect(parsed.searchParams.get('digits')).toBe('6');
		expect(decodeURIComponent(parsed.pathname)).toContain('giamsat.xa');
	});
});
