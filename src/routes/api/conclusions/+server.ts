import { json } from '@sveltejs/kit';
import { IssueConclusionRequestSchema } from '$lib/domain/conclusion';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { canReadInspection } from '$lib/server/auth/authorize';
import { issueConclusion } from '$lib/server/conclusions/issueConclusion';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {inspectionIds, signer, recipients?, replaces?} → 201 { conclusion }: a supervisor issues the
 * kết luận kiểm tra of approved inspections in their jurisdiction (404 outside it, 409 when one is
 * not approved or the conclusion to replace was already replaced).
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const body = await readJson(request, IssueConclusionRequestSchema, BODY_LIMITS.other);
		return json({ conclusion: await issueConclusion(appStore(), user, body, new Date()) }, { status: 201 });
	});

/** GET ?inspection=<id> → { conclusions }: those covering an inspection the user may read, newest first. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const inspectionId = url.searchParams.get('inspection');
		if (!inspectionId) throw new ApiError(400, 'bad-request', 'Thiếu tham số inspection.');
		const store = appStore();
		const submission = await store.getSubmission(inspectionId);
		if (!submission || !canReadInspection(user, submission, await store.listAgencies())) throw new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');
		return json({ conclusions: await store.conclusionsOfInspection(inspectionId) }, { headers: { 'cache-control': 'no-store' } });
	});
