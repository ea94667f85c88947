import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { readMapPoints } from '$lib/server/stats/readStats';
import type { RequestHandler } from './$types';

/** GET ?from=&to=&agency= → { points: MapPoint[] }: located inspections, newest first. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		return json(await readMapPoints(appStore(), user, url.searchParams), { headers: { 'cache-control': 'no-store' } });
	});
