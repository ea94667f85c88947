import { json } from '@sveltejs/kit';
import { MissingPhotosRequestSchema } from '$lib/domain/push';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {hashes} → {missing, missingThumbnails}: which of these photos this inspector still has to
 * upload, and which of those they hold still lack a thumbnail. Answered for the caller alone: whether
 * the server has the bytes from someone else is never told.
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['inspector']);
		const { hashes } = await readJson(request, MissingPhotosRequestSchema, BODY_LIMITS.missingPhotos);
		const store = appStore();
		const [missing, missingThumbnails] = await Promise.all([store.missingPhotos(hashes, user.id), store.missingThumbnails(hashes, user.id)]);
		return json({ missing, missingThumbnails });
	});
