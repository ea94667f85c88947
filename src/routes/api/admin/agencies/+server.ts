import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../adminOnly';
import type { RequestHandler } from './$types';

/** Changes shown on the page: the latest of all, or of the selected agency. */
const CHANGES_SHOWN = 50;

/** GET [?id=agency] → { agencies, changes }: the tree and its change log for /admin/agencies. Admins only. */
export const GET: RequestHandler = ({ locals, url }) =>
	respond(async () => {
		adminOnly(locals.user);
		const store = appStore();
		const id = url.searchParams.get('id');
		const [agencies, changes, users] = await Promise.all([store.listAgencies(), store.listAgencyChanges(id, CHANGES_SHOWN), store.listUsers()]);
		const names = new Map(users.map((u) => [u.id, u.displayName]));
		return json(
			{ agencies, changes: changes.map(({ actorId, ...change }) => ({ ...change, actor: names.get(actorId) ?? actorId })) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
