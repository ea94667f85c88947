import { EnrolmentSchema, EnrolResponseSchema, type Enrolment, type SecondFactorRequest } from '$lib/domain/secondFactor';
import { SessionResponseSchema, type SessionUser as Account } from '$lib/domain/session';
import type { LocalizedText } from '$lib/domain/localized';
import { errorMessage, OFFLINE, UNEXPECTED } from './authApi';

/**
 * The second step of a sign-in (login and enrolment pages only). The server remembers the first
 * step in an HttpOnly cookie; these calls only carry the code.
 */

export type Failure = { ok: false; message: LocalizedText; expired: boolean };

const EXPIRED: LocalizedText = {
	vi: 'Phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu.',
	en: 'This sign-in has expired. Enter your password again.'
};
const WRONG_CODE: LocalizedText = {
	vi: 'Mã không đúng hoặc đã dùng rồi. Hãy nhập mã mới đang hiện trong ứng dụng.',
	en: 'Wrong or already used code. Enter the new code the app shows.'
};
const ALREADY: LocalizedText = {
	vi: 'Tài khoản đã có xác thực hai bước. Hãy đăng nhập lại.',
	en: 'This account already has two-step verification. Sign in again.'
};

export async function sendCode(input: SecondFactorRequest, fetcher: typeof fetch = fetch): Promise<{ ok: true; account: Account } | Failure> {
	const response = await post('/api/auth/second-factor', input, fetcher);
	if (!response?.ok) return failure(response);
	const parsed = SessionResponseSchema.safeParse(await response.json().catch(() => null));
	return parsed.success ? { ok: true, account: parsed.data.user } : { ok: false, message: UNEXPECTED, expired: false };
}

export async function fetchEnrolment(fetcher: typeof fetch = fetch): Promise<{ ok: true; enrolment: Enrolment } | Failure> {
	let response: Response;
	try {
		response = await fetcher('/api/auth/second-factor/enrolment', { headers: { accept: 'application/json' } });
	} catch {
		return { ok: false, message: OFFLINE, expired: false };
	}
	if (!response.ok) return failure(response);
	const parsed = EnrolmentSchema.safeParse(await response.json().catch(() => null));
	return parsed.success ? { ok: true, enrolment: parsed.data } : { ok: false, message: UNEXPECTED, expired: false };
}

export async function enrol(code: string, fetcher: typeof fetch = fetch): Promise<{ ok: true; account: Account; recoveryCodes: string[] } | Failure> {
	const response = await post('/api/auth/second-factor/enrolment', { code }, fetcher);
	if (!response?.ok) return failure(response);
	const parsed = EnrolResponseSchema.safeParse(await response.json().catch(() => null));
	return parsed.success
		? { ok: true, account: parsed.data.user, recoveryCodes: parsed.data.recoveryCodes }
		: { ok: false, message: UNEXPECTED, expired: false };
}

/** The answer, or null when the server could not be reached. */
async function post(path: string, body: unknown, fetcher: typeof fetch): Promise<Response | null> {
	try {
		return await fetcher(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		return null;
	}
}

async function failure(response: Response | null): Promise<Failure> {
	if (!response) return { ok: false, message: OFFLINE, expired: false };
	const code = await errorCode(response.clone());
	if (code === 'sign-in-expired') return { ok: false, message: EXPIRED, expired: true };
	if (code === 'already-enrolled') return { ok: false, message: ALREADY, expired: true };
	if (code === 'invalid-code') return { ok: false, message: WRONG_CODE, expired: false };
	return { ok: false, message: await errorMessage(response), expired: false };
}

async function errorCode(response: Response): Promise<string | null> {
	try {
		const body = (await response.json()) as { error?: { code?: unknown } };
		return typeof body.error?.code === 'string' ? body.error.code : null;
	} catch {
		return null;
	}
}
