import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { ConclusionViewSchema } from '$lib/domain/conclusion';
import type { PageLoad } from './$types';

// A conclusion is read from the server as it was issued (its text never changes).
export const load: PageLoad = async ({ params, fetch }) => ({
	view: await fetchApi(fetch, `/api/conclusions/${encodeURIComponent(params.id)}`, (body) => ConclusionViewSchema.parse(body))
});
