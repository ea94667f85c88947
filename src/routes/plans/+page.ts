import { allAgencies } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { PlanSummarySchema } from '$lib/domain/plan';
import { z } from 'zod/mini';
import type { PageLoad } from './$types';

const ListSchema = z.object({ plans: z.array(PlanSummarySchema) });

export const load: PageLoad = async ({ fetch }) => {
	const [list, agencies] = await Promise.all([fetchApi(fetch, '/api/plans', (body) => ListSchema.parse(body)), allAgencies()]);
	return { list, agencies };
};
