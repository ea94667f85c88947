import { describe, expect, it } from 'vitest';
import { sessionCookieOptions } from './sessions';

describe('session cookie', () => {
	const now = new Date('2026-03-02T00:00:00Z');
	const expires = new Date('2026-04-01T00:00:00Z');

	it('is HttpOnly, SameSite=Lax, for the whole site, as long-lived as the session', () => {
		expect(sessionCookieOptions(new URL('http://localhost:3000/login'), expires, now)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			maxAge: 30 * 24 * 60 * 60
		});
	});

	it('is Secure when the site is served over HTTPS', () => {
		expect(sessionCookieOptions(new URL('https://vhcv.example.gov.vn/'), expires, now).secure).toBe(true);
	});
});
