import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../adminOnly';
import type { RequestHandler } from './$types';

/** GET → the evidence ledger's head and what it accounts for. Admins only. */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		adminOnly(locals.user);
		const store = appStore();
		return json({ head: await store.ledgerHead(), counts: await store.countRecords() }, { headers: { 'cache-control': 'no-store' } });
	});
