import { json } from '@sveltejs/kit';
import { parseQueueQuery } from '$lib/domain/reviewQueue';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { queryError } from '$lib/server/review/queryError';
import { reviewQueue } from '$lib/server/review/reviewQueue';
import type { RequestHandler } from './$types';

/**
 * GET ?status&agency&inspector&from&to&template&hasViolations&severity&flags&sort&page&pageSize
 * → { items: QueueItem[], total, page, pageSize } (see $lib/domain/reviewQueue). Supervisors see
 * their jurisdiction, admins everything; inspectors get 403.
 */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const query = parseQueueQuery(url.searchParams);
		if (!query.success) throw queryError(query.error);
		return json(await reviewQueue(appStore(), user, query.data), { headers: { 'cache-control': 'no-store' } });
	});
