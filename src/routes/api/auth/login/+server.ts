import { json } from '@sveltejs/kit';
import { LoginRequestSchema } from '$lib/domain/session';
import { appStore } from '$lib/server/app/runtime';
import { signInRequest } from '$lib/server/app/signInRequest';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { throttledError } from '$lib/server/auth/signInErrors';
import { signInWithPassword } from '$lib/server/auth/signInSteps';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {username, password} → { user } and the session cookie; or, when the account has a second
 * factor or must enrol one, { secondFactor: 'code' | 'enrol' } and a sign-in challenge cookie, with
 * no session yet. 401 bad credentials; 429 throttled. The steps are signInSteps.ts's, shared with
 * the sign-in page's plain form.
 */
export const POST: RequestHandler = (event) =>
	respond(async () => {
		const credentials = await readJson(event.request, LoginRequestSchema, BODY_LIMITS.login);
		const outcome = await signInWithPassword(signInRequest(event), credentials);
		switch (outcome.kind) {
			case 'signed-in':
				return json({ user: sessionUser(outcome.user, await appStore().listAgencies()) });
			case 'second-factor':
				return json({ secondFactor: outcome.step });
			case 'throttled':
				throw throttledError(outcome.retryAfterMs);
			case 'invalid':
				throw new ApiError(401, 'invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
		}
	});
