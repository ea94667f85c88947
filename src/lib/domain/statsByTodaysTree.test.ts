import { describe, expect, it } from 'vitest';
import type { Agency } from './agency';
import { agencyOnDate } from './agencyHistory';
import { planReorganisation } from './agencyReorganisation';
import type { AgencyStat, StatsResponse } from './stats';
import { statsByTodaysTree } from './statsByTodaysTree';

const base = { kind: 'commune' as const, address: '', location: null };
const BEFORE: Agency[] = [
	{ id: 'tinh', parentId: null, name: 'Tỉnh', ...base, kind: 'province' },
	{ id: 'a', parentId: 'tinh', name: 'Xã A', ...base },
	{ id: 'b', parentId: 'tinh', name: 'Xã B', ...base },
	{ id: 'd', parentId: 'tinh', name: 'Xã D', ...base }
];
const row = (agencyId: string, agencyName: string, inspections: number, meanRate: number | null, compliant: number, violation: number): AgencyStat => ({
	agencyId,
	agencyName,
	inspections,
	meanRate,
	rated: meanRate === null ? 0 : inspections,
	violations: violation,
	compliant,
	violation,
	rate: compliant + violation === 0 ? null : compliant / (compliant + violation)
});
const stats = (byAgency: AgencyStat[]): StatsResponse => ({ inspections: byAgency.reduce((n, r) => n + r.inspections, 0), overall: { compliant: 0, violation: 0, rate: null }, byTheme: [], byItem: [], byAgency, byMonth: [], topViolations: [] });

describe('a statistic over a merge date', () => {
	// A and B merge into AB on 2025-07-01. Inspections: A twice and B once before, AB once after.
	const after = new Map(BEFORE.map((a) => [a.id, a]));
	for (const e of planReorganisation(BEFORE, { kind: 'merge', effectiveOn: '2025-07-01', mergedIds: ['a', 'b'], into: { id: 'ab', name: 'Xã AB' } }, '2025-12-31').edits) after.set(e.after.id, e.after);
	const agencies = [...after.values()];
	const historical = stats([row('a', 'Xã A', 2, 0.8, 8, 2), row('b', 'Xã B', 1, 0.5, 5, 5), row('ab', 'Xã AB', 1, 1, 10, 0), row('d', 'Xã D', 1, 0.9, 9, 1)]);

	it('by the agency inspected, each keeps its own row and the name it had on its day', () => {
		expect(historical.byAgency.map((r) => r.agencyId)).toEqual(['a', 'b', 'ab', 'd']);
		expect(agencyOnDate(after.get('a') as Agency, '2025-06-15').name).toBe('Xã A');
	});

	it('by today’s tree, the successor absorbs its predecessors: counts add up, rates come from the sums', () => {
		const today = statsByTodaysTree(historical, agencies);
		expect(today.byAgency).toEqual([
			{ agencyId: 'd', agencyName: 'Xã D', inspections: 1, meanRate: 0.9, rated: 1, violations: 1, compliant: 9, violation: 1, rate: 0.9 },
			{ agencyId: 'ab', agencyName: 'Xã AB', inspections: 4, meanRate: (0.8 * 2 + 0.5 + 1) / 4, rated: 4, violations: 7, compliant: 23, violation: 7, rate: 23 / 30 }
		]);
		expect(today.inspections).toBe(historical.inspections);
	});

	it('weights the mean by rated inspections only, and keeps an agency with nothing rated last', () => {
		const today = statsByTodaysTree(stats([row('a', 'Xã A', 3, null, 0, 0), row('b', 'Xã B', 1, 0.5, 1, 1), row('d', 'Xã D', 2, null, 0, 0)]), agencies);
		expect(today.byAgency.map((r) => [r.agencyId, r.inspections, r.meanRate])).toEqual([
			['ab', 4, 0.5],
			['d', 2, null]
		]);
	});
});
