import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { recommendationView } from '$lib/server/followUp/recommendationView';
import { respond } from '$lib/server/http/respond';
import { reviewAgencies } from '$lib/server/review/reviewScope';
import type { RequestHandler } from './$types';

/** How far ahead the supervisor's reminder looks, and how many it lists. */
const DUE_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_LISTED = 50;

/**
 * GET → { items }: open recommendations in the caller's jurisdiction whose deadline falls within the
 * next 7 days, soonest first (the reminder on the review queue). Overdue ones are on /recommendations.
 */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const store = appStore();
		const now = new Date();
		const due = await store.recommendationsDue(await reviewAgencies(store, user, undefined), now.toISOString(), new Date(now.getTime() + DUE_WITHIN_MS).toISOString(), MAX_LISTED);
		return json({ items: due.map((r) => recommendationView(r, now)) }, { headers: { 'cache-control': 'no-store' } });
	});
