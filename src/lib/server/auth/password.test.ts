import { describe, expect, it } from 'vitest';
import { CURRENT_PARAMS, decoyHash, hashPassword, needsRehash, verifyPassword } from './password';

const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashing', () => {
	it('writes a PHC string that records its parameters, with today’s cost by default', async () => {
		const phc = await hashPassword('mật khẩu dài đủ');
		expect(phc).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
		expect(await verifyPassword('mật khẩu dài đủ', phc)).toBe(true);
		expect(needsRehash(phc)).toBe(false);
	});

	it('verifies only the right password, with a fresh salt every time', async () => {
		const [one, two] = await Promise.all([hashPassword('correct horse', FAST), hashPassword('correct horse', FAST)]);
		expect(one).not.toBe(two);
		expect(await verifyPassword('correct horse', one)).toBe(true);
		expect(await verifyPassword('correct horsE', one)).toBe(false);
		expect(await verifyPassword('', one)).toBe(false);
	});

	it('treats the same Vietnamese text typed in another Unicode form as the same password', async () => {
		const composed = 'Đồng Văn 2026!';
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		expect(await verifyPassword(decomposed, await hashPassword(composed, FAST))).toBe(true);
	});

	it('asks for a rehash when the parameters were lower, and still verifies the old hash', async () => {
		const old = await hashPassword('an old password', FAST);
		expect(needsRehash(old)).toBe(true);
		expect(needsRehash(old, FAST)).toBe(false);
		expect(await verifyPassword('an old password', old)).toBe(true);
		expect(CURRENT_PARAMS).toEqual({ ln: 17, r: 8, p: 1 });
	});

	it('answers false, never throws, for malformed or foreign hashes', async () => {
		for (const bad of ['', 'plain', '$2b$10$abcdefghijklmnopqrstuv', '$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA']) {
			expect(await verifyPassword('x', bad)).toBe(false);
			expect(needsRehash(bad)).toBe(true);
		}
		// Each malformed hash still costs one decoy scrypt (so it cannot be told apart by timing): four of them on a busy two-core machine.
	}, 20_000);

	it('has a decoy hash that no password opens', async () => {
		const decoy = await decoyHash();
		expect(decoy).toBe(await decoyHash());
		expect(await verifyPassword('', decoy)).toBe(false);
	});
});
