import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { canReadConclusion } from '$lib/server/conclusions/issueConclusion';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** GET → { conclusion, ledgerHead }: the conclusion as issued; 404 for anyone who may not read it. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const store = appStore();
		const conclusion = await store.getConclusion(params.id);
		if (!conclusion || !canReadConclusion(user, conclusion, await store.listAgencies())) throw new ApiError(404, 'not-found', 'Không tìm thấy kết luận.');
		return json({ conclusion, ledgerHead: await store.ledgerHead() }, { headers: { 'cache-control': 'no-store' } });
	});
