import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { jsonResponse } from '$lib/server/http/jsonResponse';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { pushInspections } from '$lib/server/sync/pushInspections';
import { ServerPushRequestSchema } from '$lib/server/sync/pushSchema';
import type { RequestHandler } from './$types';

/**
 * POST PushRequest (JSON, optionally `Content-Encoding: gzip`, ≤ 2 MB either way) → PushResponse,
 * one result per item. Inspectors only, each item as themselves.
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['inspector']);
		const batch = await readJson(request, ServerPushRequestSchema, BODY_LIMITS.push, { gzip: true });
		return jsonResponse(request, await pushInspections(appStore(), user, batch, new Date()));
	});
