import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import { manifestHashOf } from '$lib/server/inspections/manifestHash';
import { readableSubmission } from '$lib/server/inspections/readInspection';
import type { RequestHandler } from './$types';

/** GET → { submission, content, manifestHash } of that revision; same readers and the same 404 as the inspection. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		const revision = Number(params.n);
		if (!Number.isInteger(revision) || revision < 1) throw new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');
		const { content, ...submission } = await readableSubmission(appStore(), user, params.id, revision);
		return json({ submission, content, manifestHash: manifestHashOf(content) }, { headers: { 'cache-control': 'no-store' } });
	});
