import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import type { Store } from '../store/Store';
import { seedStore } from './seedStore';

describe('demo history', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	const now = new Date('2026-06-15T03:00:00.000Z');
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
	});
	afterEach(() => dispose());

	it('seeds months of varied, reviewed inspections once, on an empty store in demo mode, the same every time', async () => {
		const report = await seedStore(store, { demoMode: true, demoPassword: null }, now, { history: true });
		expect(report.historyAdded).toBeGreaterThan(300);
		const all = { agencyIds: null, sort: 'started-asc' as const, offset: 0, limit: 1000 };
		const { rows, total } = await store.reviewQueue(all);
		expect(total).toBe(report.historyAdded);
		const statuses = new Set(rows.map((r) => r.status));
		expect(statuses).toEqual(new Set(['sent', 'approved']));
		expect(rows.some((r) => r.revision === 2)).toBe(true);
		expect(new Set(rows.map((r) => r.agencyId)).size).toBeGreaterThan(10);
		const stats = await store.reviewStats({ agencyIds: null });
		expect(stats.byMonth.length).toBeGreaterThanOrEqual(6);
		expect(stats.topViolations).toHaveLength(10);
		const recommendations = await store.listRecommendations({ agencyIds: null });
		expect(recommendations.some((r) => r.status === 'fixed')).toBe(true);
		expect(recommendations.some((r) => r.status === 'open' && Date.parse(r.deadline) < now.getTime())).toBe(true);
		// Deterministic: the first inspection is always the same one.
		expect(rows[0]?.id).toBe('c3d5df0f-f4e8-47dc-9d6e-26b963408ddc');
		// A second start adds nothing.
		expect((await seedStore(store, { demoMode: true, demoPassword: null }, now, { history: true })).historyAdded).toBeUndefined();
	}, 60_000);
});
