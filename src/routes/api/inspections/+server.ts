import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import { listInspections } from '$lib/server/inspections/listInspections';
import type { RequestHandler } from './$types';

const PAGE = 50;

/** GET ?before=… → { items, next }: what the user may read, latest revision each, newest first. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		const raw = url.searchParams.get('before');
		const before = raw === null ? undefined : Number(raw);
		if (before !== undefined && !(Number.isInteger(before) && before > 0)) {
			throw new ApiError(400, 'invalid-query', 'Tham số "before" phải là số nguyên dương.', { before: ['Phải là số nguyên dương'] });
		}
		return json(await listInspections(appStore(), user, PAGE, before), { headers: { 'cache-control': 'no-store' } });
	});
