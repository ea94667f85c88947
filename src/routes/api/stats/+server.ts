import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { readStats } from '$lib/server/stats/readStats';
import type { RequestHandler } from './$types';

/** GET ?from=&to=&agency= → StatsResponse ($lib/domain/stats), within the caller's jurisdiction. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		return json(await readStats(appStore(), user, url.searchParams), { headers: { 'cache-control': 'no-store' } });
	});
