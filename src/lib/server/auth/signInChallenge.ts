import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import type { SignInChallenge } from '../store/secondFactorRecords';
import { hashToken } from './sessions';

/**
 * A sign-in half done: the password was right, the second factor is still to come. The cookie
 * carries a random token (only its SHA-256 is stored, as for sessions); no session exists until the
 * second factor is given. Ten minutes leave time to install an authenticator app at enrolment.
 * Its path is the whole site, not only /api/auth: the sign-in page's plain form (a code typed before
 * the page's script has arrived) posts to /login, and a cookie limited to /api/auth never reached it.
 * It is httpOnly and SameSite=Strict, so other sites' requests never carry it.
 */
export const CHALLENGE_COOKIE = 'vhcv_sign_in';
export const CHALLENGE_MS = 10 * 60 * 1000;
const COOKIE_PATH = '/';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function startChallenge(
	store: Store,
	cookies: Cookies,
	url: URL,
	user: User,
	pendingSecret: string | null,
	now: Date
): Promise<void> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + CHALLENGE_MS);
	await store.createSignInChallenge({ tokenHash: hashToken(token), userId: user.id, pendingSecret, expiresAt: expiresAt.toISOString() }, now);
	cookies.set(CHALLENGE_COOKIE, token, {
		path: COOKIE_PATH,
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: CHALLENGE_MS / 1000
	});
}

export interface OpenChallenge {
	challenge: SignInChallenge;
	user: User;
}

/** This device's challenge with its account, or null (none, expired, or the account was disabled since). */
export async function currentChallenge(store: Store, cookies: Cookies, now: Date): Promise<OpenChallenge | null> {
	const token = cookies.get(CHALLENGE_COOKIE);
	if (!token || !TOKEN.test(token)) return null;
	const challenge = await store.getSignInChallenge(hashToken(token), now);
	if (!challenge) return null;
	const user = await store.getUser(challenge.userId);
	return user && !user.disabled ? { challenge, user } : null;
}

/** Ends the challenge; false when another request finished it first (then this one must not sign in). */
export async function finishChallenge(store: Store, cookies: Cookies, url: URL, challenge: SignInChallenge): Promise<boolean> {
	cookies.delete(CHALLENGE_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' });
	return store.deleteSignInChallenge(challenge.tokenHash);
}
