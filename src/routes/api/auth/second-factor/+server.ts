import { json } from '@sveltejs/kit';
import { SecondFactorRequestSchema } from '$lib/domain/secondFactor';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { checkSecondFactor } from '$lib/server/auth/secondFactor';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { signIn } from '$lib/server/auth/signIn';
import { challengeGoneError, throttledError } from '$lib/server/auth/signInErrors';
import { currentChallenge, finishChallenge } from '$lib/server/auth/signInChallenge';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {code} or {recoveryCode}, after the password (the challenge cookie) → { user } and the
 * session cookie. 401 wrong or used code, or no sign-in waiting; 429 throttled.
 */
export const POST: RequestHandler = ({ request, cookies, url, getClientAddress }) =>
	respond(async () => {
		const input = await readJson(request, SecondFactorRequestSchema, BODY_LIMITS.login);
		const store = appStore();
		const now = new Date();
		const open = await currentChallenge(store, cookies, now);
		if (!open || open.challenge.pendingSecret !== null) throw challengeGoneError();
		const result = await checkSecondFactor(store, open.user, input, getClientAddress(), now);
		if (!result.ok && result.reason === 'throttled') throw throttledError(result.retryAfterMs);
		if (!result.ok) throw new ApiError(401, 'invalid-code', 'Mã không đúng hoặc đã dùng rồi.');
		if (!(await finishChallenge(store, cookies, url, open.challenge))) throw challengeGoneError();
		await signIn(store, cookies, url, open.user, now, appConfig().sessionDays);
		return json({ user: sessionUser(open.user, await store.listAgencies()) });
	});
