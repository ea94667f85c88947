import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { jsonResponse } from '$lib/server/http/jsonResponse';
import { respond } from '$lib/server/http/respond';
import { readMapPoints } from '$lib/server/stats/readStats';
import type { RequestHandler } from './$types';

/** GET ?from=&to=&agency= → MapResponse: the newest located inspections, in compact columns, gzipped. */
export const GET: RequestHandler = ({ url, locals, request }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		return jsonResponse(request, await readMapPoints(appStore(), user, url.searchParams), { headers: { 'cache-control': 'no-store' } });
	});
