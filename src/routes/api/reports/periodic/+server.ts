import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { periodicReport } from '$lib/server/reports/periodicReport';
import type { RequestHandler } from './$types';

/** GET ?from=&to=&agency= → PeriodicReport ($lib/domain/periodicReport), within the caller's jurisdiction. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		return json(await periodicReport(appStore(), user, url.searchParams), { headers: { 'cache-control': 'no-store' } });
	});
