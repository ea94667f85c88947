import { StatsQuerySchema, type MapPoint, type StatsResponse } from '$lib/domain/stats';
import { queryError } from '../review/queryError';
import { reviewAgencies } from '../review/reviewScope';
import type { ReviewFilter } from '../store/review/filter';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

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

export async function readStats(store: Store, user: User, params: URLSearchParams): Promise<StatsResponse> {
	return store.reviewStats(await statsFilter(store, user, params));
}

export async function readMapPoints(store: Store, user: User, params: URLSearchParams): Promise<{ points: MapPoint[] }> {
	return { points: await store.reviewMapPoints(await statsFilter(store, user, params)) };
}
