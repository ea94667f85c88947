import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { usernameKey } from '../store/usernameKey';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Only failures count, and none of them can lock a user out from where they are:
 * - per (username, address): 10 failures in 15 minutes, then that address waits for that account;
 * - per address: 100 failures in 15 minutes (one office behind NAT signs in all day long, since a
 *   success counts for nothing), then that address waits;
 * - per username, from anywhere: from the 10th failure in 15 minutes each attempt on the account is
 *   answered after a growing delay (0.5 s, doubling, at most 8 s). An attacker spread over many
 *   addresses is slowed to a crawl, and the right password from an address that has not failed
 *   still signs in, a few seconds late at worst.
 * The counters are in the store, so every app server sees the same counts.
 */
export const LOGIN_LIMITS = {
	perUsernameAndAddress: { limit: 10, windowMs: WINDOW_MS },
	perAddress: { limit: 100, windowMs: WINDOW_MS },
	perUsername: { slowFrom: 10, windowMs: WINDOW_MS, firstDelayMs: 500, maxDelayMs: 8000 }
} as const;

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	/** Unknown username, wrong password or disabled account: deliberately not told apart. */
	| { ok: false; reason: 'invalid' };

/** How long an attempt on a username that has failed `failures` times in the window waits. */
export function usernameDelayMs(failures: number): number {
	const { slowFrom, firstDelayMs, maxDelayMs } = LOGIN_LIMITS.perUsername;
	if (failures < slowFrom) return 0;
	return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(10, failures - slowFrom));
}

/** The counters one failed sign-in adds to; a wrong second-factor code counts on the same ones. */
export interface FailureKeys {
	pair: string;
	address: string;
	username: string;
}

export function failureKeys(username: string, address: string): FailureKeys {
	const name = usernameKey(username);
	return { pair: `login:fail:pair:${name}:${address}`, address: `login:fail:addr:${address}`, username: `login:fail:user:${name}` };
}

/**
 * Before checking a password or a code: refused when this address is over its limits (for this
 * account or for all), otherwise answered after the account's growing delay.
 */
export async function waitOrRefuse(
	store: Store,
	keys: FailureKeys,
	now: Date,
	wait: (ms: number) => Promise<unknown> = sleep
): Promise<{ ok: false; reason: 'throttled'; retryAfterMs: number } | null> {
	const { perUsernameAndAddress: pairLimit, perAddress: addressLimit, perUsername } = LOGIN_LIMITS;
	const [pair, address, username] = await Promise.all([
		store.peekRateLimit(keys.pair, pairLimit.limit, pairLimit.windowMs, now),
		store.peekRateLimit(keys.address, addressLimit.limit, addressLimit.windowMs, now),
		store.peekRateLimit(keys.username, Number.MAX_SAFE_INTEGER, perUsername.windowMs, now)
	]);
	if (!pair.allowed || !address.allowed) {
		return { ok: false, reason: 'throttled', retryAfterMs: Math.max(pair.retryAfterMs, address.retryAfterMs) };
	}
	const delay = usernameDelayMs(username.hits);
	if (delay > 0) await wait(delay);
	return null;
}

export async function countFailure(store: Store, keys: FailureKeys, now: Date): Promise<void> {
	const { perUsernameAndAddress: pairLimit, perAddress: addressLimit, perUsername } = LOGIN_LIMITS;
	await Promise.all([
		store.hitRateLimit(keys.pair, pairLimit.limit, pairLimit.windowMs, now),
		store.hitRateLimit(keys.address, addressLimit.limit, addressLimit.windowMs, now),
		store.hitRateLimit(keys.username, Number.MAX_SAFE_INTEGER, perUsername.windowMs, now)
	]);
}

export async function logIn(
	store: Store,
	attempt: { username: string; password: string; address: string },
	now: Date,
	wait: (ms: number) => Promise<unknown> = sleep
): Promise<LoginResult> {
	const keys = failureKeys(attempt.username, attempt.address);
	const throttled = await waitOrRefuse(store, keys, now, wait);
	if (throttled) return throttled;

	const user = await store.getUserByUsername(attempt.username);
	const stored = user ? await store.getPasswordHash(user.id) : null;
	// Always one scrypt run, so timing does not reveal whether the username exists.
	const matches = await verifyPassword(attempt.password, stored ?? (await decoyHash()));
	if (!user || !stored || !matches || user.disabled) {
		await countFailure(store, keys, now);
		return { ok: false, reason: 'invalid' };
	}

	// The right password from here: this address's failures on this account are forgiven. The
	// account's failures from elsewhere stay, so an attack on it stays slowed.
	await store.resetRateLimit(keys.pair);
	if (needsRehash(stored)) {
		// The password is at hand only now: store it under today's cost parameters.
		await store.updateUser(user.id, { passwordHash: await hashPassword(attempt.password) }, now);
	}
	return { ok: true, user };
}
