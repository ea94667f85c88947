import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { usernameKey } from '../store/usernameKey';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password';

/**
 * Login attempts are limited per username (guessing one account's password) and per client address
 * (trying many accounts). The counters are in the store, so every app server sees the same count.
 */
export const LOGIN_LIMITS = {
	perUsername: { limit: 10, windowMs: 15 * 60 * 1000 },
	perAddress: { limit: 100, windowMs: 15 * 60 * 1000 }
} as const;

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	/** Unknown username, wrong password or disabled account: deliberately not told apart. */
	| { ok: false; reason: 'invalid' };

export async function logIn(
	store: Store,
	attempt: { username: string; password: string; address: string },
	now: Date
): Promise<LoginResult> {
	const userKey = `login:user:${usernameKey(attempt.username)}`;
	const [byUser, byAddress] = await Promise.all([
		store.hitRateLimit(userKey, LOGIN_LIMITS.perUsername.limit, LOGIN_LIMITS.perUsername.windowMs, now),
		store.hitRateLimit(`login:addr:${attempt.address}`, LOGIN_LIMITS.perAddress.limit, LOGIN_LIMITS.perAddress.windowMs, now)
	]);
	if (!byUser.allowed || !byAddress.allowed) {
		return { ok: false, reason: 'throttled', retryAfterMs: Math.max(byUser.retryAfterMs, byAddress.retryAfterMs) };
	}

	const user = await store.getUserByUsername(attempt.username);
	const stored = user ? await store.getPasswordHash(user.id) : null;
	// Always one scrypt run, so timing does not reveal whether the username exists.
	const matches = await verifyPassword(attempt.password, stored ?? (await decoyHash()));
	if (!user || !stored || !matches || user.disabled) return { ok: false, reason: 'invalid' };

	await store.resetRateLimit(userKey);
	if (needsRehash(stored)) {
		// The password is at hand only now: store it under today's cost parameters.
		await store.updateUser(user.id, { passwordHash: await hashPassword(attempt.password) }, now);
	}
	return { ok: true, user };
}
