import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { PlanSchema } from '$lib/domain/plan';
import { z } from 'zod/mini';
import { planFormChoices } from '../../planFormData';
import type { PageLoad } from './$types';

const Body = z.object({ plan: PlanSchema });

export const load: PageLoad = async ({ params, fetch }) => {
	const [plan, choices] = await Promise.all([fetchApi(fetch, `/api/plans/${encodeURIComponent(params.id)}`, (body) => Body.parse(body).plan), planFormChoices()]);
	return { plan, choices };
};
