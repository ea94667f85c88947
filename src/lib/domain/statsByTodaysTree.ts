import type { Agency } from './agency';
import { todaysAgencyId } from './agencyHistory';
import type { AgencyStat, StatsResponse } from './stats';

/**
 * Statistics read by today's tree: each merged or split agency's row is absorbed by the agency that
 * carries it on today (its successor, through successive reorganisations), under today's name.
 * Counts add up; the rates are recomputed from the sums, and the mean of inspection rates is weighted
 * by how many inspections each row rated. Everything not per agency is unchanged.
 */
export function statsByTodaysTree(stats: StatsResponse, agencies: readonly Agency[]): StatsResponse {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const rows = new Map<string, AgencyStat & { rated: number; rateSum: number }>();
	for (const row of stats.byAgency) {
		const id = todaysAgencyId(byId, row.agencyId);
		const rated = row.meanRate === null ? 0 : (row.rated ?? row.inspections);
		const into = rows.get(id) ?? { ...row, agencyId: id, agencyName: byId.get(id)?.name ?? row.agencyName, inspections: 0, violations: 0, compliant: 0, violation: 0, rated: 0, rateSum: 0 };
		into.inspections += row.inspections;
		into.violations += row.violations;
		into.compliant += row.compliant;
		into.violation += row.violation;
		into.rated += rated;
		into.rateSum += (row.meanRate ?? 0) * rated;
		rows.set(id, into);
	}
	const byAgency = [...rows.values()]
		.map(({ rateSum, ...row }) => ({
			...row,
			meanRate: row.rated === 0 ? null : rateSum / row.rated,
			rate: row.compliant + row.violation === 0 ? null : row.compliant / (row.compliant + row.violation)
		}))
		// As the store ranks: best first, nothing scored last, ties by name.
		.sort((a, b) => (b.meanRate ?? -1) - (a.meanRate ?? -1) || a.agencyName.localeCompare(b.agencyName, 'vi'));
	return { ...stats, byAgency };
}
