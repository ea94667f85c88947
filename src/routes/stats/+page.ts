import { allAgencies } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { decodeMapMarkers } from '$lib/domain/mapWire';
import { MapResponseSchema, StatsQuerySchema, StatsResponseSchema } from '$lib/domain/stats';
import type { PageLoad } from './$types';

// ?from=YYYY-MM-DD&to=…&agency=…&tree=today in the URL, so a view of the statistics can be shared.
export const load: PageLoad = async ({ url, fetch }) => {
	const raw = Object.fromEntries(['from', 'to', 'agency', 'tree'].flatMap((k) => (url.searchParams.get(k) ? [[k, url.searchParams.get(k)]] : [])));
	const parsed = StatsQuerySchema.safeParse(raw);
	const query = parsed.success ? parsed.data : {};
	const search = new URLSearchParams(query as Record<string, string>).toString();
	const suffix = search ? `?${search}` : '';
	const [stats, map, agencies] = await Promise.all([
		fetchApi(fetch, `/api/stats${suffix}`, (body) => StatsResponseSchema.parse(body)),
		fetchApi(fetch, `/api/stats/map${suffix}`, (body) => ({ points: decodeMapMarkers(MapResponseSchema.parse(body)) })),
		allAgencies()
	]);
	return { query, stats, map, agencies };
};
