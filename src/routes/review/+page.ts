import { allAgencies, latestTemplates } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { parseQueueQuery, queuePageQuery, queueSearchParams, QueueResponseSchema, ReviewInspectorsSchema } from '$lib/domain/reviewQueue';
import type { PageLoad } from './$types';

// The filters live in the URL (shareable); the server applies them within the caller's jurisdiction.
export const load: PageLoad = async ({ url, fetch }) => {
	const parsed = parseQueueQuery(url.searchParams);
	// An address without a status opens on what waits for review, oldest first.
	const query = queuePageQuery(parsed.success ? parsed.data : {});
	const [queue, inspectors, agencies, templates] = await Promise.all([
		fetchApi(fetch, `/api/review/queue?${queueSearchParams(query).toString()}`, (body) => QueueResponseSchema.parse(body)),
		fetchApi(fetch, '/api/review/inspectors', (body) => ReviewInspectorsSchema.parse(body).inspectors),
		allAgencies(),
		latestTemplates()
	]);
	return { query, invalid: !parsed.success, queue, inspectors, agencies, templates: templates.map((tpl) => ({ id: tpl.id, title: tpl.title })) };
};
