import { allAgencies } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { PlanProgressSchema } from '$lib/domain/planProgress';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const [progress, agencies] = await Promise.all([fetchApi(fetch, `/api/plans/${encodeURIComponent(params.id)}/progress`, (body) => PlanProgressSchema.parse(body)), allAgencies()]);
	return { progress, agencies };
};
