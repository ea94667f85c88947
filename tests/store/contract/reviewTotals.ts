import { expect, it } from 'vitest';
import { vietnamDate } from '$lib/domain/dates';
import type { StatsResponse } from '$lib/domain/stats';
import type { ReviewFilter } from '$lib/server/store/review/filter';
import type { QueueRow } from '$lib/server/store/review/queue';
import type { FindingExportRow } from '$lib/server/store/review/exportReads';
import { prng } from '$lib/server/seed/prng';
import type { Store } from '$lib/server/store/Store';
import type { AnswerValue } from '$lib/domain/inspection';
import type { StoreContext } from '../store.contract';
import { T0, later, newUser, seeded } from '../fixtures';
import { STATS_TEMPLATE, statsSubmission } from '../reviewFixtures';

const AGENCIES = ['tinh', 'xa-a', 'xa-a.mot-cua', 'so-noi-vu'];
const DAY = 24 * 60 * 60 * 1000;

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
	const all: T[] = [];
	for await (const batch of batches) all.push(...batch);
	return all;
}

/**
 * The statistics worked out straight from the rows the exports read (the latest revisions and
 * their findings under the same filter), for comparison with the store's running totals.
 */
async function statsFromRows(store: Store, filter: ReviewFilter) {
	const heads = await collect<QueueRow>(store.exportInspections({ ...filter, sort: 'started-desc' }));
	const findings = await collect<FindingExportRow>(store.exportFindings(filter));
	const compliantOf = new Map<string, number>();
	const items = new Map<string, { theme: string; itemText: string; compliant: number; violation: number }>();
	for (const f of findings) {
		if (f.outcome === 'compliant') compliantOf.set(f.inspectionId, (compliantOf.get(f.inspectionId) ?? 0) + 1);
		if (f.outcome !== 'compliant' && f.outcome !== 'violation') continue;
		const item = items.get(f.itemId) ?? { theme: f.theme, itemText: f.itemText, compliant: 0, violation: 0 };
		if (f.outcome === 'compliant') item.compliant++;
		else item.violation++;
		items.set(f.itemId, item);
	}
	const group = (key: (h: QueueRow) => string) => {
		const groups = new Map<string, { inspections: number; rates: number[]; violations: number; compliant: number }>();
		for (const h of heads) {
			const g = groups.get(key(h)) ?? { inspections: 0, rates: [], violations: 0, compliant: 0 };
			g.inspections++;
			if (h.complianceRate !== null) g.rates.push(h.complianceRate);
			g.violations += h.violations;
			g.compliant += compliantOf.get(h.id) ?? 0;
			groups.set(key(h), g);
		}
		return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, g]) => [k, g.inspections, meanOf(g.rates), g.violations, g.compliant]);
	};
	const byItem = [...items].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, i]) => [id, i.theme, i.itemText, i.compliant, i.violation]);
	return { inspections: heads.length, byItem, byAgency: group((h) => h.agencyId), byMonth: group((h) => vietnamDate(h.startedAt).slice(0, 7)) };
}

const meanOf = (rates: number[]) => (rates.length === 0 ? null : round(rates.reduce((a, b) => a + b, 0) / rates.length));
/** Means agree to 12 digits: a sum of floats depends on its order, which no database promises. */
const round = (v: number | null) => (v === null ? null : Number(v.toFixed(12)));

function comparable(stats: StatsResponse) {
	return {
		inspections: stats.inspections,
		byItem: stats.byItem.map((i) => [i.itemId, i.theme, i.itemText, i.compliant, i.violation]),
		byAgency: [...stats.byAgency].sort((a, b) => (a.agencyId < b.agencyId ? -1 : 1)).map((a) => [a.agencyId, a.inspections, round(a.meanRate), a.violations, a.compliant]),
		byMonth: stats.byMonth.map((m) => [m.month, m.inspections, round(m.meanRate), m.violation, m.compliant])
	};
}

export function reviewTotalsContract(ctx: () => StoreContext): void {
	/** Forty inspections over four months, some revised (a later revision changes the answers), some decided. */
	const load = async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const random = prng(11);
		const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
		const answers = (): Record<string, AnswerValue> => {
			const out: Record<string, AnswerValue> = {};
			for (const id of ['a1', 'a2', 'b1']) {
				const value = pick(['compliant', 'violation', 'na', null] as const);
				if (value) out[id] = value;
			}
			const figure = pick([50, 90, null]);
			if (figure !== null) out.b2 = figure;
			return out;
		};
		const specs = Array.from({ length: 40 }, (_, i) => ({
			id: `50000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
			agencyId: pick(AGENCIES),
			// 15 Dec 2025 to the end of March 2026, at any hour (so some fall on another day in Vietnam than in UTC).
			startedAt: new Date(Date.parse('2025-12-15T00:00:00Z') + random() * 106 * DAY).toISOString(),
			location: null
		}));
		await store.putSubmissions(specs.slice(0, 25).map((s) => statsSubmission(an, { ...s, answers: answers() })), T0);
		await store.putSubmissions(
			[...specs.slice(25).map((s) => statsSubmission(an, { ...s, answers: answers() })), ...specs.slice(0, 8).map((s) => statsSubmission(an, { ...s, revision: 2, answers: answers() }))],
			later(1000)
		);
		for (const [k, s] of specs.slice(5, 15).entries()) {
			const revision = specs.indexOf(s) < 8 ? 2 : 1;
			await store.appendEvent({ inspectionId: s.id, revision, actorId: supervisor.id, action: k % 3 === 0 ? 'returned' : 'approved', comment: '', itemComments: {} }, later(2000 + k), k % 3 === 0 ? 'returned' : 'approved');
		}
		return store;
	};

	const DATES = [undefined, '2026-01-01', '2026-01-10', '2026-02-06', '2026-03-31'];

	it('gives the same statistics from the running totals as straight from the rows, for any dates and agencies', async () => {
		const store = await load();
		const filters: ReviewFilter[] = [
			...DATES.flatMap((fromDate) => DATES.map((toDate) => ({ agencyIds: null, ...(fromDate ? { fromDate } : {}), ...(toDate ? { toDate } : {}) }))),
			{ agencyIds: ['xa-a', 'xa-a.mot-cua'] },
			{ agencyIds: ['xa-a', 'xa-a.mot-cua'], fromDate: '2025-12-20', toDate: '2026-02-16' },
			{ agencyIds: ['so-noi-vu'], fromDate: '2026-01-16', toDate: '2026-01-20' }
		];
		for (const filter of filters) expect(comparable(await store.reviewStats(filter)), JSON.stringify(filter)).toEqual(await statsFromRows(store, filter));
		expect((await store.reviewStats({ agencyIds: null })).inspections).toBe(40);
	}, 60_000);

	it('counts the queue from the running totals as the rows do, with every filter the totals keep', async () => {
		const store = await load();
		const filters: Partial<ReviewFilter>[] = [{}, { status: 'approved' }, { hasViolations: true }, { hasViolations: false, status: 'sent' }, { minSeverity: 2 }, { templateId: STATS_TEMPLATE.id }];
		for (const extra of filters) {
			for (const [fromDate, toDate] of [[undefined, undefined], ['2026-01-10', undefined], ['2026-01-03', '2026-02-27'], [undefined, '2026-02-16'], ['2026-02-06', '2026-02-10']]) {
				const filter: ReviewFilter = { agencyIds: null, ...extra, ...(fromDate ? { fromDate } : {}), ...(toDate ? { toDate } : {}) };
				const rows = await collect<QueueRow>(store.exportInspections({ ...filter, sort: 'started-desc' }));
				const byStatus = { sent: 0, returned: 0, approved: 0 };
				for (const row of rows) byStatus[row.status]++;
				const page = await store.reviewQueue({ ...filter, sort: 'started-desc', offset: 0, limit: 5 });
				// The counts are those of the same filter with any status: for the status filter's choices.
				const withoutStatus = { ...filter };
				delete withoutStatus.status;
				const anyStatus = await collect<QueueRow>(store.exportInspections({ ...withoutStatus, sort: 'started-desc' }));
				const expected = { sent: 0, returned: 0, approved: 0 };
				for (const row of anyStatus) expected[row.status]++;
				expect([page.total, page.counts], JSON.stringify(filter)).toEqual([rows.length, expected]);
			}
		}
	}, 30_000);
}
