import { json } from '@sveltejs/kit';
import { EnrolRequestSchema } from '$lib/domain/secondFactor';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { completeEnrolment } from '$lib/server/auth/secondFactor';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { signIn } from '$lib/server/auth/signIn';
import { challengeGoneError, throttledError } from '$lib/server/auth/signInErrors';
import { currentChallenge, finishChallenge } from '$lib/server/auth/signInChallenge';
import { totpUri } from '$lib/server/auth/totp';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * GET → the secret offered for enrolment, while the sign-in that needs it waits (the challenge
 * cookie); once enrolled, the secret is never sent again. 401 without such a sign-in.
 */
export const GET: RequestHandler = ({ cookies }) =>
	respond(async () => {
		const open = await currentChallenge(appStore(), cookies, new Date());
		const secret = open?.challenge.pendingSecret;
		if (!open || !secret) throw challengeGoneError();
		return json({ username: open.user.username, secret, uri: totpUri(secret, open.user.username) }, { headers: { 'cache-control': 'no-store' } });
	});

/**
 * POST {code} from the app just set up → { user, recoveryCodes } and the session cookie: the
 * enrolment is kept only now, and the recovery codes are shown this once. 401 wrong code; 409 the
 * account enrolled meanwhile; 429 throttled.
 */
export const POST: RequestHandler = ({ request, cookies, url, getClientAddress }) =>
	respond(async () => {
		const { code } = await readJson(request, EnrolRequestSchema, BODY_LIMITS.login);
		const store = appStore();
		const now = new Date();
		const open = await currentChallenge(store, cookies, now);
		const secret = open?.challenge.pendingSecret;
		if (!open || !secret) throw challengeGoneError();
		const result = await completeEnrolment(store, open.user, secret, code, getClientAddress(), now);
		if (!result.ok && result.reason === 'throttled') throw throttledError(result.retryAfterMs);
		if (!result.ok && result.reason === 'already-enrolled') {
			throw new ApiError(409, 'already-enrolled', 'Tài khoản đã có xác thực hai bước. Hãy đăng nhập lại.');
		}
		if (!result.ok) throw new ApiError(401, 'invalid-code', 'Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng xác thực.');
		if (!(await finishChallenge(store, cookies, url, open.challenge))) throw challengeGoneError();
		await signIn(store, cookies, url, open.user, now, appConfig().sessionDays);
		return json({ user: sessionUser(open.user, await store.listAgencies()), recoveryCodes: result.recoveryCodes }, { headers: { 'cache-control': 'no-store' } });
	});
