import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { agencyOptions } from '$lib/server/admin/agencyOptions';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/accounts';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../adminOnly';
import type { RequestHandler } from './$types';

/** GET → { agencies, passwordMinLength }: the choices of the "new account" page. Admins only. */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		adminOnly(locals.user);
		return json(
			{ agencies: agencyOptions(await appStore().listAgencies()), passwordMinLength: PASSWORD_MIN_LENGTH },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
