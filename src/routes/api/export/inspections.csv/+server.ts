import { parseQueueQuery } from '$lib/domain/reviewQueue';
import { vietnamDate } from '$lib/domain/dates';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { csvResponse } from '$lib/server/export/csv';
import { inspectionsCsv } from '$lib/server/export/exportRows';
import { respond } from '$lib/server/http/respond';
import { textStream } from '$lib/server/http/textStream';
import { queryError } from '$lib/server/review/queryError';
import type { RequestHandler } from './$types';

/** GET with the queue's filters → CSV (UTF-8 with BOM, RFC 4180) as an attachment, within jurisdiction, streamed. */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const query = parseQueueQuery(url.searchParams);
		if (!query.success) throw queryError(query.error);
		return csvResponse(`inspections-${vietnamDate(new Date())}.csv`, textStream(await inspectionsCsv(appStore(), user, query.data)));
	});
