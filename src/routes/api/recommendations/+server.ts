import { json } from '@sveltejs/kit';
import { RecommendationFilterStatusSchema } from '$lib/domain/recommendation';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { listRecommendations } from '$lib/server/followUp/listRecommendations';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * GET ?agency=&status=open|fixed|overdue → { items: Recommendation[] }. Supervisors: their
 * jurisdiction (admins all); inspectors: open ones of every agency (for the next visit, offline).
 */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		const rawStatus = url.searchParams.get('status') || undefined;
		const status = rawStatus === undefined ? undefined : RecommendationFilterStatusSchema.safeParse(rawStatus);
		if (status && !status.success) throw new ApiError(400, 'invalid-query', 'Trạng thái phải là open, fixed hoặc overdue.', { status: ['open | fixed | overdue'] });
		const agency = url.searchParams.get('agency') || undefined;
		const items = await listRecommendations(appStore(), user, { ...(agency ? { agency } : {}), ...(status?.data ? { status: status.data } : {}) }, new Date());
		return json({ items }, { headers: { 'cache-control': 'no-store' } });
	});
