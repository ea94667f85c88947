import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { planProgress } from '$lib/server/plans/planProgress';
import type { RequestHandler } from './$types';

/** GET → PlanProgress: each visit planned / in progress / submitted / approved / overdue. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		return json(await planProgress(appStore(), user, params.id, new Date()), { headers: { 'cache-control': 'no-store' } });
	});
