import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/Store';
import { createAccount } from './accounts';
import { LOGIN_LIMITS, logIn, usernameDelayMs } from './login';
import { needsRehash } from './password';
import { temporaryStore } from '../store/sqlite/temporaryStore';

const FAST = { ln: 10, r: 8, p: 1 };
const NOW = new Date('2026-03-02T01:00:00Z');
const attempt = (password: string, username = 'nguyen.an', address = '10.0.0.1') => ({ username, password, address });

describe('logIn', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		await createAccount(
			store,
			{ username: 'nguyen.an', displayName: 'An', role: 'inspector', jurisdictionId: null, password: 'Tuyên Quang 2026' },
			NOW,
			FAST
		);
	});
	afterEach(() => dispose());

	it('signs in with the right password, any username case, and upgrades an old hash', async () => {
		const result = await logIn(store, attempt('Tuyên Quang 2026', 'NGUYEN.AN'), NOW);
		expect(result).toMatchObject({ ok: true, user: { username: 'nguyen.an' } });
		const id = result.ok ? result.user.id : '';
		expect(needsRehash((await store.getPasswordHash(id)) as string)).toBe(false);
	});

	it('gives the same answer for a wrong password, an unknown user and a disabled account', async () => {
		expect(await logIn(store, attempt('wrong password'), NOW)).toEqual({ ok: false, reason: 'invalid' });
		expect(await logIn(store, attempt('Tuyên Quang 2026', 'nobody'), NOW)).toEqual({ ok: false, reason: 'invalid' });
		const user = await store.getUserByUsername('nguyen.an');
		await store.updateUser(user?.id as string, { disabled: true }, NOW);
		expect(await logIn(store, attempt('Tuyên Quang 2026'), NOW)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('throttles guessing per username and address: that address waits, the right password from a clean one signs in', async () => {
		const { limit, windowMs } = LOGIN_LIMITS.perUsernameAndAddress;
		const waits: number[] = [];
		const wait = async (ms: number) => waits.push(ms);
		for (let i = 0; i < limit; i++) expect((await logIn(store, attempt(`guess ${i}`), NOW, wait)).ok).toBe(false);
		expect(await logIn(store, attempt('Tuyên Quang 2026'), NOW, wait)).toEqual({ ok: false, reason: 'throttled', retryAfterMs: windowMs });
		// The account is not locked: from an address that has not failed, the right password works.
		expect((await logIn(store, attempt('Tuyên Quang 2026', 'nguyen.an', '10.0.0.2'), NOW, wait)).ok).toBe(true);
		// The failing address waits out its window.
		expect((await logIn(store, attempt('Tuyên Quang 2026'), new Date(NOW.getTime() + windowMs), wait)).ok).toBe(true);
	});

	it('slows down an account attacked from many addresses, more with every failure, without ever refusing it', async () => {
		const waits: number[] = [];
		const wait = async (ms: number) => waits.push(ms);
		for (let i = 0; i < 14; i++) expect(await logIn(store, attempt(`guess ${i}`, 'nguyen.an', `10.1.0.${i}`), NOW, wait)).toEqual({ ok: false, reason: 'invalid' });
		// From the 11th attempt (10 failures so far) each waits, twice as long as the one before.
		expect(waits).toEqual([500, 1000, 1000 * 2, 1000 * 4]);
		expect(usernameDelayMs(40)).toBe(LOGIN_LIMITS.perUsername.maxDelayMs);
		const result = await logIn(store, attempt('Tuyên Quang 2026', 'nguyen.an', '10.2.0.1'), NOW, wait);
		expect(result.ok).toBe(true);
		expect(waits.at(-1)).toBe(8000);
	});

	it('counts successes for nothing: an office behind one address signs in all day', async () => {
		const { windowMs } = LOGIN_LIMITS.perAddress;
		for (let i = 0; i < 3; i++) expect((await logIn(store, attempt('Tuyên Quang 2026'), NOW)).ok).toBe(true);
		for (const key of ['login:fail:addr:10.0.0.1', 'login:fail:pair:nguyen.an:10.0.0.1', 'login:fail:user:nguyen.an']) {
			expect((await store.peekRateLimit(key, 1, windowMs, NOW)).hits, key).toBe(0);
		}
	});

	it('limits the failures of one address across accounts', async () => {
		const { limit, windowMs } = LOGIN_LIMITS.perAddress;
		// 99 failures from one address on other accounts (counted as logIn counts them), then one more here.
		for (let i = 0; i < limit - 1; i++) await store.hitRateLimit('login:fail:addr:10.9.9.9', limit, windowMs, NOW);
		expect(await logIn(store, attempt('sai', 'nguyen.an', '10.9.9.9'), NOW)).toEqual({ ok: false, reason: 'invalid' });
		expect(await logIn(store, attempt('Tuyên Quang 2026', 'nguyen.an', '10.9.9.9'), NOW)).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await logIn(store, attempt('Tuyên Quang 2026', 'nguyen.an', '10.9.9.10'), NOW)).ok).toBe(true);
	});

	it('forgives an address its failures on an account once it signs in there, but keeps the account slowed', async () => {
		const { windowMs } = LOGIN_LIMITS.perUsernameAndAddress;
		for (let i = 0; i < 9; i++) await logIn(store, attempt(`guess ${i}`), NOW);
		expect((await logIn(store, attempt('Tuyên Quang 2026'), NOW)).ok).toBe(true);
		expect((await store.peekRateLimit('login:fail:pair:nguyen.an:10.0.0.1', 10, windowMs, NOW)).hits).toBe(0);
		expect((await store.peekRateLimit('login:fail:user:nguyen.an', 10, windowMs, NOW)).hits).toBe(9);
	});
});
