import { json } from '@sveltejs/kit';
import { PlanUpdateSchema } from '$lib/domain/plan';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { canManagePlan } from '$lib/server/plans/planAccess';
import { savePlanFor } from '$lib/server/plans/savePlan';
import type { RequestHandler } from './$types';

/** GET → { plan } for the supervisors who manage it; 404 for anyone else, as for an unknown id. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const store = appStore();
		const plan = await store.getPlan(params.id);
		if (!plan || !canManagePlan(user, plan.issuingAgencyId, await store.listAgencies())) throw new ApiError(404);
		return json({ plan }, { headers: { 'cache-control': 'no-store' } });
	});

/** PUT { version, plan: PlanInput } → { plan }; 409 when the plan changed since that version. */
export const PUT: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const update = await readJson(request, PlanUpdateSchema, BODY_LIMITS.plan);
		return json({ plan: await savePlanFor(appStore(), user, update.plan, { id: params.id, version: update.version }, new Date()) });
	});
