import type { Agency } from '$lib/domain/agency';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { vietnamDate } from '$lib/domain/dates';
import type { Store } from '../store/Store';
import { catalogSnapshot, type CatalogSnapshot } from '../sync/catalogSnapshot';

/** Agencies renamed with an effective date (they carry `formerly`), per catalog snapshot. */
const renamedBySnapshot = new WeakMap<CatalogSnapshot, ReadonlyMap<string, Agency>>();

/**
 * The agencies whose name depends on the day read. The snapshot is the pull's, cached per catalog
 * version, so a queue page or an export batch costs no agency read; most agencies have no history.
 */
export async function renamedAgencies(store: Store): Promise<ReadonlyMap<string, Agency>> {
	return renamedIn(await catalogSnapshot(store));
}

/** The same, from a snapshot already read. */
export function renamedIn(snapshot: CatalogSnapshot): ReadonlyMap<string, Agency> {
	let renamed = renamedBySnapshot.get(snapshot);
	if (!renamed) {
		renamed = new Map(snapshot.agencies.filter((a) => (a.formerly?.length ?? 0) > 0).map((a) => [a.id, a]));
		renamedBySnapshot.set(snapshot, renamed);
	}
	return renamed;
}

/**
 * Rows (queue, exports) with each agency named as on the inspection's day: a rename with an effective
 * date does not rename the records made before it, on the list any more than on the biên bản.
 */
export function namedOnDay<T extends { agencyId: string; agencyName: string; startedAt: string }>(rows: readonly T[], renamed: ReadonlyMap<string, Agency>): T[] {
	if (renamed.size === 0) return [...rows];
	return rows.map((row) => {
		const agency = renamed.get(row.agencyId);
		return agency ? { ...row, agencyName: agencyOnDate(agency, vietnamDate(row.startedAt)).name } : row;
	});
}

/** Batches of rows named on their day, read as the batches come (an export streams). */
export async function* batchesNamedOnDay<T extends { agencyId: string; agencyName: string; startedAt: string }>(
	store: Store,
	batches: AsyncIterable<readonly T[]>
): AsyncGenerator<T[], void, undefined> {
	const renamed = await renamedAgencies(store);
	for await (const batch of batches) yield namedOnDay(batch, renamed);
}
