import { allAgencies } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { RecommendationFilterStatusSchema, RecommendationListSchema } from '$lib/domain/recommendation';
import type { PageLoad } from './$types';

// Filters in the URL, like the queue: ?status=open|fixed|overdue&agency=…
export const load: PageLoad = async ({ url, fetch }) => {
	const status = RecommendationFilterStatusSchema.safeParse(url.searchParams.get('status') ?? undefined);
	const agency = url.searchParams.get('agency') ?? '';
	const params = new URLSearchParams();
	if (status.success) params.set('status', status.data);
	if (agency) params.set('agency', agency);
	const [list, agencies] = await Promise.all([
		fetchApi(fetch, `/api/recommendations${params.size ? `?${params}` : ''}`, (body) => RecommendationListSchema.parse(body)),
		allAgencies()
	]);
	return { list, agencies, status: status.success ? status.data : '', agency };
};
