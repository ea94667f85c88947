import { json } from '@sveltejs/kit';
import { IssueConclusionRequestSchema } from '$lib/domain/conclusion';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { previewConclusion } from '$lib/server/conclusions/issueConclusion';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {inspectionIds, signer, recipients?} → { document }: the conclusion as it would be issued now,
 * unnumbered, with a draft banner. The same checks as issuing (404 outside the jurisdiction, 409 for
 * an inspection not approved); nothing is stored and no number is taken.
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const body = await readJson(request, IssueConclusionRequestSchema, BODY_LIMITS.other);
		return json({ document: await previewConclusion(appStore(), user, body, new Date()) }, { headers: { 'cache-control': 'no-store' } });
	});
