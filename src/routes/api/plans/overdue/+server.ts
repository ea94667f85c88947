import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { overdueFor } from '$lib/server/plans/planLists';
import type { RequestHandler } from './$types';

/** GET → { visits } whose window has passed without an inspection, as the supervisor may see them. */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		return json({ visits: await overdueFor(appStore(), user, new Date()) }, { headers: { 'cache-control': 'no-store' } });
	});
