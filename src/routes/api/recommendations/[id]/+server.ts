import { json } from '@sveltejs/kit';
import { RecommendationPatchSchema } from '$lib/domain/recommendation';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { patchRecommendation } from '$lib/server/followUp/patchRecommendation';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** PATCH {status: 'open'|'fixed', note} → { recommendation }. Supervisors within jurisdiction; others 403/404. */
export const PATCH: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const patch = await readJson(request, RecommendationPatchSchema, BODY_LIMITS.review);
		return json({ recommendation: await patchRecommendation(appStore(), user, params.id, patch, new Date()) });
	});
