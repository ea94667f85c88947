import { describe, expect, it } from 'vitest';
import { newRecoveryCodes, recoveryCodeHash } from './recoveryCodes';

describe('recovery codes', () => {
	it('makes ten distinct codes of three groups of four, none with look-alike characters', () => {
		const codes = newRecoveryCodes();
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$/);
		expect(codes.join('')).not.toMatch(/[01ilo]/);
	});

	it('hashes a code the same however it is typed, and refuses what cannot be a code', () => {
		const [code] = newRecoveryCodes(1) as [string];
		const hash = recoveryCodeHash(code);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(recoveryCodeHash(code.toUpperCase())).toBe(hash);
		expect(recoveryCodeHash(` ${code.replace(/-/g, ' ')} `)).toBe(hash);
		expect(recoveryCodeHash(code.replace(/-/g, ''))).toBe(hash);
		for (const typed of ['', '123456', `${code}a`, code.replace(/^./, 'l')]) expect(recoveryCodeHash(typed)).toBeNull();
	});
});
