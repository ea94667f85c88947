import { json } from '@sveltejs/kit';
import { appConfig, appStore } from '$lib/server/app/runtime';
import { accountSecurity } from '$lib/server/admin/accountSecurity';
import { agencyOptions } from '$lib/server/admin/agencyOptions';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/accounts';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import { deviceView } from '$lib/server/devices/registerDevice';
import { adminOnly } from '../../adminOnly';
import type { RequestHandler } from './$types';

/**
 * GET → one account with what its admin page offers (jurisdictions, password rule) and its second
 * factor's state and trail (never the secret), and its device keys. Admins only.
 */
export const GET: RequestHandler = ({ locals, params }) =>
	respond(async () => {
		const admin = adminOnly(locals.user);
		const store = appStore();
		const user = await store.getUser(params.id);
		if (!user) throw new ApiError(404, 'not-found', 'Không có tài khoản này.');
		return json(
			{
				user: {
					id: user.id,
					username: user.username,
					displayName: user.displayName,
					role: user.role,
					jurisdictionId: user.jurisdictionId,
					disabled: user.disabled
				},
				isSelf: user.id === admin.id,
				agencies: agencyOptions(await store.listAgencies()),
				passwordMinLength: PASSWORD_MIN_LENGTH,
				...(await accountSecurity(store, user, appConfig().totpRequiredRoles)),
				devices: (await store.listDevices(user.id)).map(deviceView)
			},
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
