import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { jsonResponse } from '$lib/server/http/jsonResponse';
import { respond } from '$lib/server/http/respond';
import { pullChanges } from '$lib/server/sync/pullChanges';
import { parsePullCursor } from '$lib/server/sync/pullCursor';
import { parsePullFollow } from '$lib/domain/pullFollow';
import type { RequestHandler } from './$types';

/**
 * GET ?cursor=…&follow=…&held=…&colleagues=…&assignments=… (the versions of the colleagues and assignment lists held)
 * &catalog=delta (the phone applies agencyChanges) → PullResponse for the signed-in user (no cursor: everything).
 */
export const GET: RequestHandler = ({ request, url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		const cursor = parsePullCursor(url.searchParams.get('cursor'));
		if (!cursor) throw new ApiError(400, 'invalid-cursor', 'Con trỏ đồng bộ không hợp lệ.', { cursor: ['Con trỏ không hợp lệ: hãy đồng bộ lại từ đầu.'] });
		const follow = parsePullFollow(url.searchParams.get('follow'), url.searchParams.get('held'));
		if (follow === 'invalid') throw new ApiError(400, 'invalid-follow', 'Danh sách cơ quan theo dõi không hợp lệ.', { follow: ['Danh sách cơ quan không hợp lệ.'] });
		const colleagues = url.searchParams.get('colleagues');
		const assignments = url.searchParams.get('assignments');
		const delta = url.searchParams.get('catalog') === 'delta';
		return jsonResponse(
			request,
			await pullChanges(appStore(), user, cursor, follow, new Date(), colleagues && colleagues.length <= 64 ? colleagues : null, assignments && assignments.length <= 64 ? assignments : null, delta),
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
