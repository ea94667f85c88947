import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { startServer } from '$lib/server/app/startServer';
import { currentUser } from '$lib/server/auth/currentUser';
import { errorResponse } from '$lib/server/http/apiError';
import { bodyLimitFor } from '$lib/server/http/bodyLimits';
import { drainBody } from '$lib/server/http/drainBody';
import { normalizeApiError } from '$lib/server/http/normalizeApiError';
import { isOwnPageElsewhere, isSameOriginRequest, isStateChanging } from '$lib/server/http/origin';
import { tooLarge } from '$lib/server/http/readBytes';
import { applySecurityHeaders, pageDirectives } from '$lib/server/http/securityHeaders';

// The prerender step at build time runs these hooks too; it must not open a store in ./data.
export const init: ServerInit = async () => {
	if (!building) await startServer();
};

// The tile server is configured at run time (TILE_URL, same default as GET /api/config).
const directives = pageDirectives(process.env.TILE_URL);

export const handle: Handle = async ({ event, resolve }) => {
	if (building) return resolve(event);
	const { request, url } = event;
	const api = url.pathname.startsWith('/api/');
	const secure = (response: Response) => applySecurityHeaders(response, api, directives);

	if (isStateChanging(request.method)) {
		// SvelteKit checks the origin of form posts itself; JSON and binary bodies are ours to check.
		if (api && !isSameOriginRequest(request.headers, appOrigin(url))) {
			await drainBody(request);
			// The app itself, opened at another name of this server (localhost for 127.0.0.1, an IP for
			// the domain): retrying cannot help, so say which address to open.
			if (isOwnPageElsewhere(request.headers)) {
				const origin = appOrigin(url);
				return secure(errorResponse(403, 'wrong-address', `Hãy mở ứng dụng tại ${origin} rồi đăng nhập lại.`, { origin: [origin] }));
			}
			return secure(errorResponse(403, 'cross-origin', 'Yêu cầu đến từ trang khác nên bị từ chối.'));
		}
		// Refused on the declared length, nothing kept; endpoints also cap bodies sent without one.
		const limit = bodyLimitFor(request.method, url.pathname);
		if (Number(request.headers.get('content-length') ?? 0) > limit) {
			const error = tooLarge(limit);
			await drainBody(request);
			return secure(errorResponse(413, error.code, error.message));
		}
	}

	const { sessionDays } = appConfig();
	event.locals.user = await currentUser(appStore(), event.cookies, url, new Date(), sessionDays);

	const response = await resolve(event);
	// An endpoint that refused before reading (401, 403, 415) leaves the body unread.
	await drainBody(request);
	return secure(api ? await normalizeApiError(response) : response);
};

/** ORIGIN when set (adapter-node builds url from it too), else the origin the request was made to. */
function appOrigin(url: URL): string {
	const configured = appConfig().origin;
	return configured ? new URL(configured).origin : url.origin;
}

/** Unexpected failures: logged here with their stack, answered with a plain message only. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) {
		console.error(error);
		return { message: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.' };
	}
	return { message: status === 404 ? 'Không tìm thấy trang.' : 'Yêu cầu không hợp lệ.' };
};
