import { json } from '@sveltejs/kit';
import { LoginRequestSchema } from '$lib/domain/session';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { logIn } from '$lib/server/auth/login';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { signIn } from '$lib/server/auth/signIn';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** POST {username, password} → { user } and the session cookie; 401 bad credentials; 429 throttled. */
export const POST: RequestHandler = ({ request, cookies, url, getClientAddress }) =>
	respond(async () => {
		const credentials = await readJson(request, LoginRequestSchema, BODY_LIMITS.login);
		const store = appStore();
		const now = new Date();
		const result = await logIn(store, { ...credentials, address: getClientAddress() }, now);
		if (!result.ok && result.reason === 'throttled') {
			const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
			const minutes = Math.ceil(seconds / 60);
			throw new ApiError(429, 'rate-limited', `Đăng nhập sai quá nhiều lần. Hãy thử lại sau khoảng ${minutes} phút.`, undefined, {
				'retry-after': String(seconds)
			});
		}
		if (!result.ok) throw new ApiError(401, 'invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
		await signIn(store, cookies, url, result.user, now, appConfig().sessionDays);
		return json({ user: sessionUser(result.user, await store.listAgencies()) });
	});
