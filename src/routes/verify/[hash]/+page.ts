import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { RecordCheckSchema } from '$lib/domain/recordCheck';
import type { PageLoad } from './$types';

// /verify/<fingerprint>: where the QR code of a printed biên bản leads (signed-in users).
export const load: PageLoad = async ({ params, fetch }) => ({
	check: await fetchApi(fetch, `/api/verify/${encodeURIComponent(params.hash)}`, (body) => RecordCheckSchema.parse(body))
});
