import { encodeMapMarkers } from '$lib/domain/mapWire';
import { StatsQuerySchema, type MapResponse, type StatsResponse } from '$lib/domain/stats';
import { queryError } from '../review/queryError';
import { reviewAgencies } from '../review/reviewScope';
import type { ReviewFilter } from '../store/review/filter';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { catalogSnapshot } from '../sync/catalogSnapshot';

/** ?from=&to=&agency= as the store's filter, within the caller's jurisdiction. */
export async function statsFilter(store: Store, user: User, params: URLSearchParams): Promise<ReviewFilter> {
	const parsed = StatsQuerySchema.safeParse({
		from: params.get('from') || undefined,
		to: params.get('to') || undefined,
		agency: params.get('agency') || undefined
	});
	if (!parsed.success) throw queryError(parsed.error);
	const { from, to, agency } = parsed.data;
	return { agencyIds: await reviewAgencies(store, user, agency), ...(from ? { fromDate: from } : {}), ...(to ? { toDate: to } : {}) };
}

/** The statistics, with the themes' names (themes are data: the page names them from here, an administrator's own too). */
export async function readStats(store: Store, user: User, params: URLSearchParams): Promise<StatsResponse> {
	const [stats, { themes }] = await Promise.all([store.reviewStats(await statsFilter(store, user, params)), catalogSnapshot(store)]);
	return { ...stats, themes };
}

/** The map's markers in the compact columns of MapResponseSchema. */
export async function readMapPoints(store: Store, user: User, params: URLSearchParams): Promise<MapResponse> {
	return encodeMapMarkers(await store.reviewMapPoints(await statsFilter(store, user, params)));
}
