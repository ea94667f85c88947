import { fail, redirect } from '@sveltejs/kit';
import type { LocalizedText } from '$lib/domain/localized';
import { SecondFactorRequestSchema } from '$lib/domain/secondFactor';
import { LoginRequestSchema } from '$lib/domain/session';
import { readForm, text } from '$lib/server/admin/readForm';
import { signInRequest } from '$lib/server/app/signInRequest';
import { signInWithCode, signInWithPassword } from '$lib/server/auth/signInSteps';
import { safeNext } from './safeNext';
import type { Actions } from './$types';

/**
 * The sign-in page's plain HTML forms, for a tap made before the page's script has arrived (the
 * page is server-rendered so that it can be used at once on a slow link; see +page.ts). With the
 * script running, the page signs in through /api/auth/* and never posts here. Both run the same
 * steps (signInSteps.ts), so limits, throttling, challenges and sessions are shared; this file only
 * turns an outcome into the page's answer. SvelteKit refuses form posts from other origins (CSRF).
 * No `load`: the page needs no server data, so it still opens offline.
 *
 * Each answer carries `next` back: the page's URL is then /login?/password, without it.
 * A successful sign-in redirects to /login?signed-in&next=…: there the page's script keeps the
 * account on the device and registers the device key (registerAfterSignIn), as a script sign-in does.
 */

const WRONG: LocalizedText = { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' };
const EMPTY: LocalizedText = { vi: 'Hãy nhập tên đăng nhập và mật khẩu.', en: 'Enter your username and password.' };
const WRONG_CODE: LocalizedText = { vi: 'Mã không đúng hoặc đã dùng rồi.', en: 'Wrong or already used code.' };
const EXPIRED: LocalizedText = { vi: 'Phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu.', en: 'The sign-in timed out. Enter your password again.' };

function throttled(retryAfterMs: number): LocalizedText {
	const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
	return { vi: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút.`, en: `Too many failed sign-ins. Try again in ${minutes} min.` };
}

function finished(next: string): never {
	redirect(303, `/login?signed-in=1&next=${encodeURIComponent(next)}`);
}

export const actions: Actions = {
	password: async (event) => {
		const form = await readForm(event.request);
		const next = safeNext(text(form, 'next'));
		const username = text(form, 'username').trim();
		const credentials = LoginRequestSchema.safeParse({ username, password: text(form, 'password') });
		if (!credentials.success) return fail(400, { username, next, message: EMPTY });
		const outcome = await signInWithPassword(signInRequest(event), credentials.data);
		switch (outcome.kind) {
			case 'signed-in':
				return finished(next);
			case 'second-factor':
				if (outcome.step === 'enrol') redirect(303, `/login/enrol?next=${encodeURIComponent(next)}`);
				return { codeStep: true as const, next };
			case 'throttled':
				return fail(429, { username, next, message: throttled(outcome.retryAfterMs) });
			case 'invalid':
				return fail(401, { username, next, message: WRONG });
		}
	},

	code: async (event) => {
		const form = await readForm(event.request);
		const next = safeNext(text(form, 'next'));
		const recovery = text(form, 'recoveryCode').trim();
		const input = SecondFactorRequestSchema.safeParse(recovery ? { recoveryCode: recovery } : { code: text(form, 'code').trim() });
		if (!input.success) return fail(400, { codeStep: true as const, next, message: WRONG_CODE });
		const outcome = await signInWithCode(signInRequest(event), input.data);
		switch (outcome.kind) {
			case 'signed-in':
				return finished(next);
			case 'throttled':
				return fail(429, { codeStep: true as const, next, message: throttled(outcome.retryAfterMs) });
			case 'invalid':
				return fail(401, { codeStep: true as const, next, message: WRONG_CODE });
			case 'expired':
				return fail(401, { next, message: EXPIRED });
		}
	}
};
