import { json } from '@sveltejs/kit';
import { SecondFactorRequestSchema } from '$lib/domain/secondFactor';
import { appStore } from '$lib/server/app/runtime';
import { signInRequest } from '$lib/server/app/signInRequest';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { challengeGoneError, throttledError } from '$lib/server/auth/signInErrors';
import { signInWithCode } from '$lib/server/auth/signInSteps';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {code} or {recoveryCode}, after the password (the challenge cookie) → { user } and the
 * session cookie. 401 wrong or used code, or no sign-in waiting; 429 throttled. The steps are
 * signInSteps.ts's, shared with the sign-in page's plain form.
 */
export const POST: RequestHandler = (event) =>
	respond(async () => {
		const input = await readJson(event.request, SecondFactorRequestSchema, BODY_LIMITS.login);
		const outcome = await signInWithCode(signInRequest(event), input);
		switch (outcome.kind) {
			case 'signed-in':
				return json({ user: sessionUser(outcome.user, await appStore().listAgencies()) });
			case 'throttled':
				throw throttledError(outcome.retryAfterMs);
			case 'invalid':
				throw new ApiError(401, 'invalid-code', 'Mã không đúng hoặc đã dùng rồi.');
			case 'expired':
				throw challengeGoneError();
		}
	});
