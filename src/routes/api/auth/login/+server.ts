import { json } from '@sveltejs/kit';
import { LoginRequestSchema } from '$lib/domain/session';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { logIn } from '$lib/server/auth/login';
import { enrolmentSecret, secondFactorStep } from '$lib/server/auth/secondFactor';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { signIn } from '$lib/server/auth/signIn';
import { throttledError } from '$lib/server/auth/signInErrors';
import { startChallenge } from '$lib/server/auth/signInChallenge';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {username, password} → { user } and the session cookie; or, when the account has a second
 * factor or must enrol one, { secondFactor: 'code' | 'enrol' } and a sign-in challenge cookie, with
 * no session yet. 401 bad credentials; 429 throttled.
 */
export const POST: RequestHandler = ({ request, cookies, url, getClientAddress }) =>
	respond(async () => {
		const credentials = await readJson(request, LoginRequestSchema, BODY_LIMITS.login);
		const store = appStore();
		const now = new Date();
		const result = await logIn(store, { ...credentials, address: getClientAddress() }, now);
		if (!result.ok && result.reason === 'throttled') throw throttledError(result.retryAfterMs);
		if (!result.ok) throw new ApiError(401, 'invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
		const step = await secondFactorStep(store, result.user, appConfig().totpRequiredRoles);
		if (step) {
			await startChallenge(store, cookies, url, result.user, enrolmentSecret(step), now);
			return json({ secondFactor: step });
		}
		await signIn(store, cookies, url, result.user, now, appConfig().sessionDays);
		return json({ user: sessionUser(result.user, await store.listAgencies()) });
	});
