import { encodeMapMarkers } from '$lib/domain/mapWire';
import { StatsQuerySchema, type MapResponse, type StatsResponse } from '$lib/domain/stats';
import { statsByTodaysTree } from '$lib/domain/statsByTodaysTree';
import { queryError } from '../review/queryError';
import { reviewAgenciesIn } from '../review/reviewScope';
import type { ReviewFilter } from '../store/review/filter';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { withCatalogSnapshot } from '../sync/catalogSnapshot';
import { renamedIn } from '../review/namesOnDay';
import type { Agency } from '$lib/domain/agency';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { vietnamDate } from '$lib/domain/dates';

/** ?from=&to=&agency= as the store's filter, within the caller's jurisdiction. */
function statsFilterIn(agencies: readonly Agency[], user: User, params: URLSearchParams): ReviewFilter {
	const parsed = StatsQuerySchema.safeParse({
		from: params.get('from') || undefined,
		to: params.get('to') || undefined,
		agency: params.get('agency') || undefined,
		tree: params.get('tree') || undefined
	});
	if (!parsed.success) throw queryError(parsed.error);
	const { from, to, agency } = parsed.data;
	return { agencyIds: reviewAgenciesIn(agencies, user, agency), ...(from ? { fromDate: from } : {}), ...(to ? { toDate: to } : {}) };
}

/**
 * The statistics, with the themes' names (themes are data: the page names them from here, an
 * administrator's own too). ?tree=today reads the agencies by today's tree: successors absorb what
 * was merged or split into them. One catalog snapshot serves the filter, the themes and the names.
 */
export async function readStats(store: Store, user: User, params: URLSearchParams): Promise<StatsResponse> {
	return withCatalogSnapshot(store, async (catalog) => {
		const filter = statsFilterIn(catalog.agencies, user, params);
		const stats = await store.reviewStats(filter);
		const themes = catalog.themes;
		if (params.get('tree') === 'today') return { ...statsByTodaysTree(stats, catalog.agencies), themes };
		// By the agency inspected: each named as on the period's last day (a rename after it is not yet).
		const renamed = renamedIn(catalog);
		const day = filter.toDate ?? vietnamDate(new Date());
		const byAgency = stats.byAgency.map((row) => {
			const agency = renamed.get(row.agencyId);
			return agency ? { ...row, agencyName: agencyOnDate(agency, day).name } : row;
		});
		return { ...stats, byAgency, themes };
	});
}

/** The map's markers in the compact columns of MapResponseSchema. */
export async function readMapPoints(store: Store, user: User, params: URLSearchParams): Promise<MapResponse> {
	return withCatalogSnapshot(store, async (catalog) => encodeMapMarkers(await store.reviewMapPoints(statsFilterIn(catalog.agencies, user, params))));
}
