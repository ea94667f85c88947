import { json } from '@sveltejs/kit';
import type { ReviewInspectors } from '$lib/domain/reviewQueue';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { reviewAgencies } from '$lib/server/review/reviewScope';
import type { RequestHandler } from './$types';

/**
 * GET → { inspectors: [{ id, name }] }: every account with an inspection in the caller's jurisdiction
 * (not only those on the queue's current page), for the queue's inspector filter. Supervisors see
 * their jurisdiction's, admins everyone's; inspectors get 403.
 */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const store = appStore();
		const body: ReviewInspectors = { inspectors: await store.reviewInspectors(await reviewAgencies(store, user, undefined)) };
		return json(body, { headers: { 'cache-control': 'no-store' } });
	});
