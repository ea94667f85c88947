import { randomBytes } from 'node:crypto';
import type { Store } from '../store/Store';
import { sha256Hex } from '../store/canonical';
import type { Session, User } from '../store/records';

/**
 * Sessions: the cookie carries 32 random bytes (base64url); the store keeps only their SHA-256, so a
 * copy of the database signs nobody in. Expiry slides: each use pushes it SESSION_DAYS ahead, long
 * enough for field work away from any network. State is in the store, never in the process, so any
 * app server can check any session.
 */
export const SESSION_COOKIE = 'vhcv_session';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Sliding writes at most this often per session: a write on every request would cost an fsync each. */
export const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export interface NewSession {
	/** Goes into the cookie and nowhere else. */
	token: string;
	expiresAt: Date;
}

export interface ValidSession {
	user: User;
	session: Session;
	/** The expiry moved: set the cookie again so the browser keeps it as long as the server does. */
	renewed: boolean;
}

export async function createSession(store: Store, userId: string, now: Date, sessionDays: number): Promise<NewSession> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + sessionDays * DAY_MS);
	await store.createSession({
		tokenHash: hashToken(token),
		userId,
		createdAt: now.toISOString(),
		lastSeenAt: now.toISOString(),
		expiresAt: expiresAt.toISOString()
	});
	return { token, expiresAt };
}

/**
 * The signed-in user for a cookie token, or null when the token is unknown, expired, or its account
 * is disabled. An expired session is deleted on sight.
 */
export async function validateSession(store: Store, token: string | undefined, now: Date, sessionDays: number): Promise<ValidSession | null> {
	if (!token || !TOKEN.test(token)) return null;
	const tokenHash = hashToken(token);
	const found = await store.getSession(tokenHash);
	if (!found) return null;
	const { session, user } = found;
	if (Date.parse(session.expiresAt) <= now.getTime()) {
		await store.deleteSession(tokenHash);
		return null;
	}
	if (user.disabled) return null;
	if (now.getTime() - Date.parse(session.lastSeenAt) < TOUCH_INTERVAL_MS) return { user, session, renewed: false };
	const expiresAt = new Date(now.getTime() + sessionDays * DAY_MS);
	if (!(await store.touchSession(tokenHash, now, expiresAt))) return null;
	return { user, session: { ...session, lastSeenAt: now.toISOString(), expiresAt: expiresAt.toISOString() }, renewed: true };
}

/** Signs this device out. */
export async function revokeSession(store: Store, token: string): Promise<void> {
	if (TOKEN.test(token)) await store.deleteSession(hashToken(token));
}

/** Signs a user out on every device (after a password reset or when the account is disabled). */
export function revokeAllSessions(store: Store, userId: string): Promise<number> {
	return store.deleteUserSessions(userId);
}

export function hashToken(token: string): string {
	return sha256Hex(token);
}

export interface SessionCookieOptions {
	path: '/';
	httpOnly: true;
	sameSite: 'lax';
	secure: boolean;
	maxAge: number;
}

/**
 * Options for SvelteKit's cookies.set. HttpOnly keeps scripts away from the token; SameSite=Lax keeps
 * it off cross-site POSTs while links from e-mail still arrive signed in; Secure whenever the site is
 * served over HTTPS (url is the request's, which adapter-node derives from ORIGIN when set).
 */
export function sessionCookieOptions(url: URL, expiresAt: Date, now: Date): SessionCookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000))
	};
}
