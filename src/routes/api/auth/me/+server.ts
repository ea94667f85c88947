import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { sessionUser } from '$lib/server/auth/sessionUser';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** GET → { user } for a valid session, else 401 (the device then asks to sign in before sending). */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		return json({ user: sessionUser(user, await appStore().listAgencies()) }, { headers: { 'cache-control': 'no-store' } });
	});
