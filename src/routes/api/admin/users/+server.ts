import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../adminOnly';
import type { RequestHandler } from './$types';

/** GET → { users } for the admin's account list (the page /admin), jurisdictions by name. Admins only. */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		adminOnly(locals.user);
		const store = appStore();
		const [users, agencies] = await Promise.all([store.listUsers(), store.listAgencies()]);
		const names = new Map(agencies.map((a) => [a.id, a.name]));
		return json(
			{
				users: users.map((u) => ({
					id: u.id,
					username: u.username,
					displayName: u.displayName,
					role: u.role,
					jurisdiction: u.jurisdictionId ? (names.get(u.jurisdictionId) ?? u.jurisdictionId) : null,
					disabled: u.disabled
				}))
			},
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
