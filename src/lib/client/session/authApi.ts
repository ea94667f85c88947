import type { SessionUser as Account } from '$lib/domain/session';
import type { LocalizedText } from '$lib/domain/localized';
import { LoginResponseSchema } from '$lib/domain/secondFactor';

/**
 * Signing in and out: only the login page and Settings need these, so the session loads this file
 * when they are used. Checking the session at start-up is checkSession.ts.
 */

export type SignInResult =
	| { ok: true; account: Account }
	| { ok: false; message: LocalizedText }
	/** The password was right; no session until the second factor is given (or enrolled). */
	| { ok: false; secondFactor: 'code' | 'enrol' };

export async function errorMessage(response: Response): Promise<LocalizedText> {
	if (response.status === 401) {
		return { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' };
	}
	if (response.status === 429) {
		const seconds = Number(response.headers.get('retry-after') ?? '60');
		const minutes = Math.max(1, Math.ceil(seconds / 60));
		return {
			vi: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút.`,
			en: `Too many failed sign-ins. Try again in ${minutes} min.`
		};
	}
	if (response.status === 503) {
		const seconds = Math.max(1, Number(response.headers.get('retry-after') ?? '5') || 5);
		return { vi: `Máy chủ đang bận. Hãy thử lại sau ${seconds} giây.`, en: `The server is busy. Try again in ${seconds} s.` };
	}
	if (response.status === 403) {
		const origin = await wrongAddress(response);
		if (origin) {
			return {
				vi: `Ứng dụng đang được mở ở địa chỉ khác với địa chỉ của máy chủ. Hãy mở ${origin} rồi đăng nhập.`,
				en: `The app is open at another address than the server's. Open ${origin} and sign in there.`
			};
		}
	}
	return { vi: `Máy chủ báo lỗi (${response.status}). Hãy thử lại sau.`, en: `The server answered with an error (${response.status}). Try again later.` };
}

/** The address to open, when the server says the app was opened at another one (hooks.server.ts). */
async function wrongAddress(response: Response): Promise<string | null> {
	try {
		const body = (await response.json()) as { error?: { code?: unknown; fields?: { origin?: unknown } } };
		const origin = Array.isArray(body.error?.fields?.origin) ? body.error.fields.origin[0] : null;
		return body.error?.code === 'wrong-address' && typeof origin === 'string' && /^https?:\/\/[^\s]+$/.test(origin) ? origin : null;
	} catch {
		return null;
	}
}

export const OFFLINE: LocalizedText = {
	vi: 'Không kết nối được máy chủ. Cần có mạng để đăng nhập.',
	en: 'Cannot reach the server. Signing in needs a connection.'
};

export async function signIn(username: string, password: string, fetcher: typeof fetch = fetch): Promise<SignInResult> {
	let response: Response;
	try {
		response = await fetcher('/api/auth/login', {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ username, password })
		});
	} catch {
		return { ok: false, message: OFFLINE };
	}
	if (!response.ok) return { ok: false, message: await errorMessage(response) };
	const parsed = LoginResponseSchema.safeParse(await response.json().catch(() => null));
	if (!parsed.success) return { ok: false, message: UNEXPECTED };
	return 'user' in parsed.data ? { ok: true, account: parsed.data.user } : { ok: false, secondFactor: parsed.data.secondFactor };
}

export const UNEXPECTED: LocalizedText = { vi: 'Máy chủ trả lời không đúng dạng.', en: 'Unexpected answer from the server.' };

export async function signOut(fetcher: typeof fetch = fetch): Promise<void> {
	try {
		await fetcher('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
	} catch {
		// Offline: the server session expires by itself; the device forgets it now.
	}
}
