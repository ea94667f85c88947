import type { Cookies } from '@sveltejs/kit';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { createSession, revokeSession, SESSION_COOKIE, sessionCookieOptions } from './sessions';

/**
 * Starts a session for `user` on this device and sets the cookie. A session the device already had
 * (another user, or the same one signing in again) ends first, so one device holds one session.
 */
export async function signIn(store: Store, cookies: Cookies, url: URL, user: User, now: Date, sessionDays: number): Promise<void> {
	const previous = cookies.get(SESSION_COOKIE);
	if (previous) await revokeSession(store, previous);
	const session = await createSession(store, user.id, now, sessionDays);
	cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt, now));
}

/** Ends this device's session (if any) and clears the cookie. */
export async function signOut(store: Store, cookies: Cookies, url: URL): Promise<void> {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await revokeSession(store, token);
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
