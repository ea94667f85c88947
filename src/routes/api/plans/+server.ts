import { json } from '@sveltejs/kit';
import { PlanInputSchema } from '$lib/domain/plan';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { plansFor } from '$lib/server/plans/planLists';
import { savePlanFor } from '$lib/server/plans/savePlan';
import type { RequestHandler } from './$types';

/** GET → { plans: PlanSummary[] } issued within the supervisor's jurisdiction. Supervisors only. */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		return json({ plans: await plansFor(appStore(), user) }, { headers: { 'cache-control': 'no-store' } });
	});

/** POST PlanInput → 201 { plan }. Supervisors, within their jurisdiction (400 with field errors otherwise). */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const input = await readJson(request, PlanInputSchema, BODY_LIMITS.plan);
		return json({ plan: await savePlanFor(appStore(), user, input, null, new Date()) }, { status: 201 });
	});
