import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { readInspection } from '$lib/server/inspections/readInspection';
import type { RequestHandler } from './$types';

/** GET → the latest revision as received, with its review trail; 404 for anyone who may not read it. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		return json(await readInspection(appStore(), user, params.id), { headers: { 'cache-control': 'no-store' } });
	});
