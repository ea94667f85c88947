import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { jsonResponse } from '$lib/server/http/jsonResponse';
import { respond } from '$lib/server/http/respond';
import { pullChanges } from '$lib/server/sync/pullChanges';
import { parsePullCursor } from '$lib/server/sync/pullCursor';
import type { RequestHandler } from './$types';

/** GET ?cursor=…&colleagues=… → PullResponse for the signed-in user (no cursor: everything; colleagues: the list version held). */
export const GET: RequestHandler = ({ request, url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		const cursor = parsePullCursor(url.searchParams.get('cursor'));
		if (!cursor) throw new ApiError(400, 'invalid-cursor', 'Con trỏ đồng bộ không hợp lệ.', { cursor: ['Con trỏ không hợp lệ: hãy đồng bộ lại từ đầu.'] });
		const colleagues = url.searchParams.get('colleagues');
		return jsonResponse(request, await pullChanges(appStore(), user, cursor, colleagues && colleagues.length <= 64 ? colleagues : null), { headers: { 'cache-control': 'no-store' } });
	});
