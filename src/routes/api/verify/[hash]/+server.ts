import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { respond } from '$lib/server/http/respond';
import { checkRecord } from '$lib/server/verify/checkRecord';
import type { RequestHandler } from './$types';

/** GET → RecordCheck for a record's fingerprint (SHA-256 hex); any signed-in user. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		return json(await checkRecord(appStore(), user, params.hash), { headers: { 'cache-control': 'no-store' } });
	});
