import { json } from '@sveltejs/kit';
import { ImportItemRequestSchema } from '$lib/domain/pendingBundle';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { importItem } from '$lib/server/sync/importItem';
import type { RequestHandler } from './$types';

/**
 * POST ImportItemRequest (one inspection of an exported file of pending inspections, photos as
 * base64, ≤ 11 MB) → { result } as a push answers it. Supervisors, for agencies in their
 * jurisdiction, and admins; inspectors send their own by push (403 here).
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const body = await readJson(request, ImportItemRequestSchema, BODY_LIMITS.importItem);
		return json({ result: await importItem(appStore(), user, body, new Date()) });
	});
