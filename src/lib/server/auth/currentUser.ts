import type { Cookies } from '@sveltejs/kit';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { SESSION_COOKIE, sessionCookieOptions, validateSession } from './sessions';

/**
 * The signed-in user of a request, from the session cookie. When the expiry slid forward the
 * cookie is set again with the new Max-Age, so the browser keeps it as long as the server does;
 * a cookie the server no longer knows (expired, signed out elsewhere, account disabled) is cleared.
 */
export async function currentUser(store: Store, cookies: Cookies, url: URL, now: Date, sessionDays: number): Promise<User | null> {
	const token = cookies.get(SESSION_COOKIE);
	if (token === undefined) return null;
	const valid = await validateSession(store, token, now, sessionDays);
	if (!valid) {
		cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
		return null;
	}
	if (valid.renewed) {
		cookies.set(SESSION_COOKIE, token, sessionCookieOptions(url, new Date(valid.session.expiresAt), now));
	}
	return valid.user;
}
