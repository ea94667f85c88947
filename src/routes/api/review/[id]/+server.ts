import { json } from '@sveltejs/kit';
import { ReviewRequestSchema } from '$lib/domain/review';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { reviewInspection } from '$lib/server/review/reviewInspection';
import type { RequestHandler } from './$types';

/**
 * POST {action: 'approve'|'return', comment, itemComments?, revision?} → { decision }. Supervisors
 * only (403 for other roles); outside their jurisdiction the same 404 as an unknown id.
 */
export const POST: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const review = await readJson(request, ReviewRequestSchema, BODY_LIMITS.review);
		return json({ decision: await reviewInspection(appStore(), user, params.id, review, new Date()) });
	});
