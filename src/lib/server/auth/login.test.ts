import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/Store';
import { createAccount } from './accounts';
import { LOGIN_LIMITS, logIn } from './login';
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

	it('throttles guessing per username, even the right password, until the window passes', async () => {
		const { limit, windowMs } = LOGIN_LIMITS.perUsername;
		for (let i = 0; i < limit; i++) expect((await logIn(store, attempt(`guess ${i}`), NOW)).ok).toBe(false);
		expect(await logIn(store, attempt('Tuyên Quang 2026'), NOW)).toEqual({ ok: false, reason: 'throttled', retryAfterMs: windowMs });
		// Another address does not help: the username's counter is shared.
		expect(await logIn(store, attempt('Tuyên Quang 2026', 'nguyen.an', '10.0.0.2'), NOW)).toMatchObject({ reason: 'throttled' });
		expect((await logIn(store, attempt('Tuyên Quang 2026'), new Date(NOW.getTime() + windowMs))).ok).toBe(true);
	});

	it('clears the username counter on success', async () => {
		const { limit, windowMs } = LOGIN_LIMITS.perUsername;
		for (let i = 0; i < limit - 1; i++) await logIn(store, attempt(`guess ${i}`), NOW);
		expect((await logIn(store, attempt('Tuyên Quang 2026'), NOW)).ok).toBe(true);
		expect((await store.hitRateLimit('login:user:nguyen.an', limit, windowMs, NOW)).hits).toBe(1);
	});
});
