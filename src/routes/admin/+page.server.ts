import { appStore } from '$lib/server/app/runtime';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAdmin(locals.user);
	const store = appStore();
	const [users, agencies] = await Promise.all([store.listUsers(), store.listAgencies()]);
	const names = new Map(agencies.map((a) => [a.id, a.name]));
	return {
		created: url.searchParams.get('created'),
		users: users.map((u) => ({
			id: u.id,
			username: u.username,
			displayName: u.displayName,
			role: u.role,
			jurisdiction: u.jurisdictionId ? (names.get(u.jurisdictionId) ?? u.jurisdictionId) : null,
			disabled: u.disabled
		}))
	};
};
