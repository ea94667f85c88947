import { parseQueueQuery } from '$lib/domain/reviewQueue';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { exportFile } from '$lib/server/export/exportFile';
import { respond } from '$lib/server/http/respond';
import { queryError } from '$lib/server/review/queryError';
import type { RequestHandler } from './$types';

/**
 * GET /api/export/{inspections,findings}.{csv,xlsx} with the queue's filters → an attachment,
 * within the caller's jurisdiction, streamed (see $lib/server/export/exportFile).
 */
export const GET: RequestHandler = ({ params, url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const query = parseQueueQuery(url.searchParams);
		if (!query.success) throw queryError(query.error);
		return exportFile(appStore(), user, params.file, query.data);
	});
