import { expect, it } from 'vitest';
import { createSession, hashToken, revokeAllSessions, revokeSession, validateSession } from '$lib/server/auth/sessions';
import { InvalidRecordError, NotFoundError, UsernameTakenError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { AGENCIES, DAY, HOUR, MINUTE, T0, later, newUser } from '../fixtures';

export function accountsContract(ctx: () => StoreContext): void {
	it('applies migrations once: reopening the same database keeps the data and migrates nothing', async () => {
		const { store, fixture } = ctx();
		await store.createUser(newUser('an'), T0);
		const [again, third] = await Promise.all([fixture.open(), fixture.open()]);
		try {
			expect(await again.countUsers()).toBe(1);
			expect((await third.getUserByUsername('an'))?.username).toBe('an');
		} finally {
			await again.close();
			await third.close();
		}
	});

	it('keeps usernames unique whatever their letter case, and finds them in any case', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('Nguyen.An'), T0);
		await expect(store.createUser(newUser('nguyen.an'), T0)).rejects.toBeInstanceOf(UsernameTakenError);
		await expect(store.createUser(newUser('NGUYEN.AN'), T0)).rejects.toBeInstanceOf(UsernameTakenError);
		expect((await store.getUserByUsername('NGUYEN.an'))?.id).toBe(an.id);
		expect(an.username).toBe('Nguyen.An');
		await store.createUser(newUser('Đức'), T0);
		await expect(store.createUser(newUser('đức'), T0)).rejects.toBeInstanceOf(UsernameTakenError);
		expect(await store.countUsers()).toBe(2);
	});

	it('never returns the password hash with a user, only through getPasswordHash', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an'), T0);
		expect(an).not.toHaveProperty('passwordHash');
		expect(JSON.stringify(await store.listUsers())).not.toContain('$scrypt$');
		expect(await store.getPasswordHash(an.id)).toBe('$scrypt$test$an');
		expect(await store.getPasswordHash('nobody')).toBeNull();
	});

	it('updates role, jurisdiction, disabled flag and password; refuses unknown users and agencies', async () => {
		const { store } = ctx();
		await store.putAgencies(AGENCIES, T0);
		const an = await store.createUser(newUser('an'), T0);
		expect(an).toMatchObject({ role: 'inspector', jurisdictionId: null, disabled: false, createdAt: T0.toISOString() });
		const supervisor = await store.updateUser(an.id, { role: 'supervisor', jurisdictionId: 'xa-a' }, later(HOUR));
		expect(supervisor).toMatchObject({ role: 'supervisor', jurisdictionId: 'xa-a', updatedAt: later(HOUR).toISOString() });
		expect(await store.updateUser(an.id, { disabled: true, passwordHash: 'new' }, later(HOUR))).toMatchObject({
			disabled: true,
			jurisdictionId: 'xa-a'
		});
		expect(await store.getPasswordHash(an.id)).toBe('new');
		expect((await store.updateUser(an.id, { jurisdictionId: null }, later(HOUR))).jurisdictionId).toBeNull();
		await expect(store.updateUser('nobody', { disabled: true }, T0)).rejects.toBeInstanceOf(NotFoundError);
		await expect(store.updateUser(an.id, { jurisdictionId: 'no-such-agency' }, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(store.createUser(newUser('binh', 'supervisor', 'no-such-agency'), T0)).rejects.toBeInstanceOf(InvalidRecordError);
	});

	it('stores a session under the SHA-256 of its token, never the token itself', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an'), T0);
		const { token, expiresAt } = await createSession(store, an.id, T0, 30);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await store.getSession(token)).toBeNull();
		const found = await store.getSession(hashToken(token));
		// The session comes with its account, read together (one round trip per signed-in request).
		expect(found).toEqual({
			session: { tokenHash: hashToken(token), userId: an.id, createdAt: T0.toISOString(), lastSeenAt: T0.toISOString(), expiresAt: expiresAt.toISOString() },
			user: an
		});
		expect(JSON.stringify(found)).not.toContain(token);
	});

	it('slides a session forward when used, and ends it once it expires unused', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an'), T0);
		const { token, expiresAt } = await createSession(store, an.id, T0, 30);
		expect(expiresAt).toEqual(later(30 * DAY));

		const soon = await validateSession(store, token, later(10 * MINUTE), 30);
		expect(soon).toMatchObject({ user: { id: an.id }, renewed: false });

		const used = await validateSession(store, token, later(20 * DAY), 30);
		expect(used?.renewed).toBe(true);
		expect(used?.session.expiresAt).toBe(later(50 * DAY).toISOString());
		expect((await store.getSession(hashToken(token)))?.session.expiresAt).toBe(later(50 * DAY).toISOString());

		expect(await validateSession(store, token, later(49 * DAY), 30)).not.toBeNull();
		expect(await validateSession(store, token, later(49 * DAY + 30 * DAY + HOUR), 30)).toBeNull();
		expect(await store.getSession(hashToken(token))).toBeNull();
	});

	it('revokes one session, all of a user, expired ones, and refuses a disabled account', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an'), T0);
		const binh = await store.createUser(newUser('binh'), T0);
		const phone = await createSession(store, an.id, T0, 30);
		const laptop = await createSession(store, an.id, T0, 30);
		const other = await createSession(store, binh.id, T0, 1);

		await revokeSession(store, phone.token);
		expect(await validateSession(store, phone.token, later(MINUTE), 30)).toBeNull();
		expect(await validateSession(store, laptop.token, later(MINUTE), 30)).not.toBeNull();

		expect(await revokeAllSessions(store, an.id)).toBe(1);
		expect(await validateSession(store, laptop.token, later(MINUTE), 30)).toBeNull();

		expect(await store.deleteExpiredSessions(later(2 * DAY))).toBe(1);
		expect(await store.getSession(hashToken(other.token))).toBeNull();

		const again = await createSession(store, binh.id, T0, 30);
		await store.updateUser(binh.id, { disabled: true }, T0);
		expect(await validateSession(store, again.token, later(MINUTE), 30)).toBeNull();
		expect(await validateSession(store, 'not a token', T0, 30)).toBeNull();
	});

	it('counts attempts per key in fixed windows, tells when to retry, and resets', async () => {
		const { store } = ctx();
		const window = 15 * MINUTE;
		for (let i = 1; i <= 3; i++) {
			expect(await store.hitRateLimit('login:an', 3, window, later(i * MINUTE))).toEqual({ allowed: true, hits: i, retryAfterMs: 0 });
		}
		expect(await store.hitRateLimit('login:an', 3, window, later(5 * MINUTE))).toEqual({
			allowed: false,
			hits: 4,
			retryAfterMs: 11 * MINUTE
		});
		expect((await store.hitRateLimit('login:binh', 3, window, later(5 * MINUTE))).allowed).toBe(true);
		// A new window starts once the old one is over.
		expect(await store.hitRateLimit('login:an', 3, window, later(16 * MINUTE))).toEqual({ allowed: true, hits: 1, retryAfterMs: 0 });
		for (let i = 0; i < 3; i++) await store.hitRateLimit('login:an', 3, window, later(17 * MINUTE));
		expect((await store.hitRateLimit('login:an', 3, window, later(17 * MINUTE))).allowed).toBe(false);
		await store.resetRateLimit('login:an');
		expect(await store.hitRateLimit('login:an', 3, window, later(17 * MINUTE))).toEqual({ allowed: true, hits: 1, retryAfterMs: 0 });
	});

	it('reads a window without counting: what the sign-in checks before it knows whether the attempt failed', async () => {
		const { store } = ctx();
		const window = 15 * MINUTE;
		expect(await store.peekRateLimit('login:fail:pair:an:10.0.0.1', 2, window, T0)).toEqual({ allowed: true, hits: 0, retryAfterMs: 0 });
		await store.hitRateLimit('login:fail:pair:an:10.0.0.1', 2, window, T0);
		expect(await store.peekRateLimit('login:fail:pair:an:10.0.0.1', 2, window, later(MINUTE))).toEqual({ allowed: true, hits: 1, retryAfterMs: 0 });
		// Reading twice counts nothing.
		expect((await store.peekRateLimit('login:fail:pair:an:10.0.0.1', 2, window, later(MINUTE))).hits).toBe(1);
		await store.hitRateLimit('login:fail:pair:an:10.0.0.1', 2, window, later(2 * MINUTE));
		expect(await store.peekRateLimit('login:fail:pair:an:10.0.0.1', 2, window, later(3 * MINUTE))).toEqual({ allowed: false, hits: 2, retryAfterMs: 12 * MINUTE });
		// Once the window has passed it reads as empty, before anything writes it again.
		expect(await store.peekRateLimit('login:fail:pair:an:10.0.0.1', 2, window, later(15 * MINUTE))).toEqual({ allowed: true, hits: 0, retryAfterMs: 0 });
	});

	it('counts concurrent attempts one by one', async () => {
		const { store } = ctx();
		const results = await Promise.all(Array.from({ length: 20 }, () => store.hitRateLimit('burst', 5, MINUTE, T0)));
		expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(results.filter((r) => r.allowed)).toHaveLength(5);
	});
}
