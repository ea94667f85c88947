import { expect, it } from 'vitest';
import type { ReviewFilter } from '$lib/server/store/review/filter';
import type { QueueRequest } from '$lib/server/store/review/queue';
import type { StoreContext } from '../store.contract';
import { T0, later, newUser, seeded } from '../fixtures';
import { I1, I2, I3, STATS_TEMPLATE, statsData, statsSubmission } from '../reviewFixtures';

const ALL: ReviewFilter = { agencyIds: null };
async function collect<T>(batches: AsyncIterable<T>): Promise<T[]> {
	const all: T[] = [];
	for await (const batch of batches) all.push(batch);
	return all;
}

const queue = (filter: Partial<QueueRequest> = {}): QueueRequest => ({ agencyIds: null, sort: 'started-desc', offset: 0, limit: 50, ...filter });

export function reviewContract(ctx: () => StoreContext): void {
	const load = async (options: { oneBatch?: boolean } = {}) => {
		const { store } = ctx();
		const { an } = await seeded(store);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const [first, second] = statsData(an);
		if (options.oneBatch) {
			await store.putSubmissions([...(first ?? []), ...(second ?? [])], T0);
		} else {
			await store.putSubmissions(first ?? [], T0);
			await store.putSubmissions(second ?? [], later(1000));
		}
		return { store, an };
	};

	it('derives one head row per inspection from its latest revision, scored on the server', async () => {
		const { store, an } = await load();
		const { rows, total } = await store.reviewQueue(queue());
		expect(total).toBe(3);
		expect(rows.map((r) => r.id)).toEqual([I3, I2, I1]);
		const [i3, i2, i1] = rows;
		expect(i1).toMatchObject({ revision: 2, status: 'sent', complianceRate: 1, weightedScore: 1, violations: 0, maxSeverity: null, flags: [], inspectorId: an.id, inspectorName: an.displayName, agencyName: 'Cơ quan xa-a.mot-cua' });
		expect(i1?.receivedAt).toBe(later(1000).toISOString());
		expect(i2).toMatchObject({ complianceRate: 0, weightedScore: 0, violations: 4, maxSeverity: 'critical', flags: ['far-from-agency', 'manual-location'] });
		expect(i3).toMatchObject({ complianceRate: 1, violations: 0, flags: ['no-location'], startedAt: '2026-02-20T01:00:00.000Z', templateId: 'mau-thong-ke', templateVersion: 1 });
	});

	it('filters the queue by jurisdiction, dates in Vietnam time, violations, severity, flags and status, and sorts and pages', async () => {
		const { store, an } = await load();
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const ids = async (filter: Partial<QueueRequest>) => (await store.reviewQueue(queue(filter))).rows.map((r) => r.id);
		expect(await ids({ agencyIds: ['xa-a', 'xa-a.mot-cua'] })).toEqual([I3, I1]);
		expect(await ids({ agencyIds: [] })).toEqual([]);
		// I2 started 2026-02-05T20:00Z, which is 6 February in Vietnam.
		expect(await ids({ fromDate: '2026-02-06' })).toEqual([I3, I2]);
		expect(await ids({ toDate: '2026-02-05' })).toEqual([I1]);
		expect(await ids({ hasViolations: true })).toEqual([I2]);
		expect(await ids({ hasViolations: false })).toEqual([I3, I1]);
		expect(await ids({ minSeverity: 3 })).toEqual([I2]);
		expect(await ids({ flags: ['no-location'] })).toEqual([I3]);
		expect(await ids({ flags: ['far-from-agency', 'manual-location'] })).toEqual([I2]);
		expect(await ids({ inspectorId: an.id, templateId: 'mau-thong-ke' })).toHaveLength(3);
		expect(await ids({ inspectorId: 'someone-else' })).toEqual([]);
		expect(await ids({ sort: 'rate-asc' })).toEqual([I2, I3, I1]);
		expect(await ids({ sort: 'rate-desc' })).toEqual([I3, I1, I2]);
		expect(await ids({ sort: 'started-asc' })).toEqual([I1, I2, I3]);
		expect(await ids({ sort: 'agency' })).toEqual([I2, I3, I1]);
		const page2 = await store.reviewQueue(queue({ limit: 2, offset: 2 }));
		expect([page2.rows.map((r) => r.id), page2.total]).toEqual([[I1], 3]);

		await store.appendEvent({ inspectionId: I3, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(2000), 'approved');
		expect(await ids({ status: 'approved' })).toEqual([I3]);
		expect(await ids({ status: 'sent' })).toEqual([I2, I1]);
	});

	it('computes statistics from the latest revisions only, matching the hand-worked numbers', async () => {
		const { store } = await load();
		const stats = await store.reviewStats(ALL);
		expect(stats.inspections).toBe(3);
		// compliant: I1r2 4 + I3 2 = 6; violations: I2 4. (I1r1's violation no longer counts.)
		expect(stats.overall).toEqual({ compliant: 6, violation: 4, rate: 0.6 });
		expect(stats.byTheme).toEqual([
			{ theme: 'communication', compliant: 3, violation: 2, rate: 0.6 },
			{ theme: 'discipline', compliant: 3, violation: 2, rate: 0.6 }
		]);
		expect(stats.byItem.map((i) => [i.itemId, i.compliant, i.violation, i.itemText])).toEqual([
			['a1', 2, 1, 'Mục a1'],
			['a2', 1, 1, 'Mục a2'],
			['b1', 2, 1, 'Mục b1'],
			['b2', 1, 1, 'Mục b2']
		]);
		expect(stats.byAgency.map((a) => [a.agencyId, a.inspections, a.meanRate, a.violations])).toEqual([
			['xa-a', 1, 1, 0],
			['xa-a.mot-cua', 1, 1, 0],
			['so-noi-vu', 1, 0, 4]
		]);
		expect(stats.byMonth.map((m) => [m.month, m.inspections, m.meanRate, m.compliant, m.violation])).toEqual([
			['2026-01', 1, 1, 4, 0],
			['2026-02', 2, 0.5, 2, 4]
		]);
		expect(stats.topViolations.map((t) => [t.itemId, t.count, t.severity])).toEqual([
			['a1', 1, 'minor'],
			['a2', 1, 'major'],
			['b1', 1, 'critical'],
			['b2', 1, 'minor']
		]);
		// Whole months come from the running totals, a cut month from the findings: the same numbers.
		const totals = await store.reviewStats({ agencyIds: null, fromDate: '2026-01-01', toDate: '2026-02-28' });
		const exact = await store.reviewStats({ agencyIds: null, fromDate: '2026-01-02', toDate: '2026-02-27' });
		expect(totals).toEqual(stats);
		expect(exact).toEqual(stats);
		expect((await store.reviewStats({ agencyIds: null, fromDate: '2026-02-01' })).overall).toEqual({ compliant: 2, violation: 4, rate: 2 / 6 });
		expect((await store.reviewStats({ agencyIds: null, fromDate: '2026-02-06' })).overall).toEqual({ compliant: 2, violation: 4, rate: 2 / 6 });
		const commune = await store.reviewStats({ agencyIds: ['xa-a', 'xa-a.mot-cua'] });
		expect([commune.inspections, commune.overall]).toEqual([2, { compliant: 6, violation: 0, rate: 1 }]);
		expect(commune.topViolations).toEqual([]);
	});

	it('derives the same rows and totals when both revisions of an inspection come in one batch', async () => {
		const { store } = await load({ oneBatch: true });
		const [i3, i2, i1] = (await store.reviewQueue(queue())).rows;
		expect([i1?.id, i1?.revision, i1?.complianceRate, i2?.violations, i3?.id]).toEqual([I1, 2, 1, 4, I3]);
		const wholeMonths = await store.reviewStats(ALL);
		expect(wholeMonths.overall).toEqual({ compliant: 6, violation: 4, rate: 0.6 });
		expect(wholeMonths.byItem.map((i) => [i.itemId, i.compliant, i.violation])).toEqual([
			['a1', 2, 1],
			['a2', 1, 1],
			['b1', 2, 1],
			['b2', 1, 1]
		]);
		expect(await store.reviewStats({ agencyIds: null, fromDate: '2026-01-02', toDate: '2026-02-27' })).toEqual(wholeMonths);
	});

	it('gives map points for located inspections and findings for export', async () => {
		const { store } = await load();
		// Newest first: I2 (so-noi-vu), then I1 (xa-a.mot-cua); I3 has no location.
		const points = await store.reviewMapPoints(ALL);
		expect(points.map((p) => [p.agencyName, p.lat, p.lng, p.rate])).toEqual([
			['Cơ quan so-noi-vu', 21.9, 105.3, 0],
			['Cơ quan xa-a.mot-cua', 21.8001, 105.2001, 1]
		]);
		const findings = [];
		for await (const batch of store.exportFindings({ agencyIds: ['so-noi-vu'] }, 3)) findings.push(...batch);
		expect(findings.map((f) => [f.itemId, f.outcome, f.severity, f.note])).toEqual([
			['a1', 'violation', 'minor', 'Ghi chú a1'],
			['a2', 'violation', 'major', 'Ghi chú a2'],
			['b1', 'violation', 'critical', 'Ghi chú b1'],
			['b2', 'violation', 'minor', '']
		]);
	});

	it('pages a few agencies in the same order as one statement does, ties and unrated inspections included', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const agencies = ['xa-a', 'xa-a.mot-cua', 'so-noi-vu'];
		// Three agencies read apart and merged (a short list) against every agency in one plain ORDER BY:
		// shared start times across agencies, equal rates, and inspections with nothing rated.
		const answers = [{ a1: 'compliant' }, { a1: 'violation' }, { a1: 'compliant', a2: 'violation' }, {}] as const;
		const batch = Array.from({ length: 18 }, (_, n) =>
			statsSubmission(an, {
				id: `00000000-0000-4000-8000-${String(((n * 7) % 18) + 1).padStart(12, '0')}`,
				agencyId: agencies[n % 3] ?? 'xa-a',
				startedAt: `2026-02-${String(10 + (n % 4)).padStart(2, '0')}T01:00:00.000Z`,
				answers: { ...answers[n % 4] },
				location: null
			})
		);
		await store.putSubmissions(batch, T0);
		for (const sort of ['started-desc', 'started-asc', 'rate-asc', 'rate-desc', 'agency'] as const) {
			const whole = (await store.reviewQueue(queue({ sort }))).rows.map((r) => r.id);
			expect(whole).toHaveLength(18);
			const paged: string[] = [];
			for (let offset = 0; offset < 18; offset += 4) {
				const page = await store.reviewQueue(queue({ sort, agencyIds: agencies, offset, limit: 4 }));
				expect(page.total).toBe(18);
				paged.push(...page.rows.map((r) => r.id));
			}
			expect(paged, sort).toEqual(whole);
		}
	});

	it('counts the latest revisions per status over the same filters as the queue', async () => {
		const { store } = await load();
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const counts = async (filter: ReviewFilter) => (await store.reviewQueue(queue(filter))).counts;
		expect(await counts(ALL)).toEqual({ sent: 3, returned: 0, approved: 0 });
		await store.appendEvent({ inspectionId: I2, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(5000), 'approved');
		expect(await counts(ALL)).toEqual({ sent: 2, returned: 0, approved: 1 });
		expect(await counts({ agencyIds: ['xa-a', 'xa-a.mot-cua'] })).toEqual({ sent: 2, returned: 0, approved: 0 });
		expect(await counts({ agencyIds: null, hasViolations: true })).toEqual({ sent: 0, returned: 0, approved: 1 });
		expect(await counts({ agencyIds: [] })).toEqual({ sent: 0, returned: 0, approved: 0 });
	});

	it("streams an export in batches: the queue's rows in its order, and one left early hands its connection back", async () => {
		const { store } = await load();
		for (const sort of ['started-desc', 'rate-asc', 'agency'] as const) {
			const batches = [];
			for await (const batch of store.exportInspections({ agencyIds: null, sort }, 2)) batches.push(batch.map((r) => r.id));
			expect(batches.map((b) => b.length)).toEqual([2, 1]);
			expect(batches.flat()).toEqual((await store.reviewQueue(queue({ sort }))).rows.map((r) => r.id));
		}
		const [exported] = (await collect(store.exportInspections({ agencyIds: null, sort: 'started-desc' }))).flat();
		expect(exported).toEqual((await store.reviewQueue(queue({ limit: 1 }))).rows[0]);
		expect(await collect(store.exportInspections({ agencyIds: [], sort: 'started-desc' }))).toEqual([]);
		// More early exits than PostgreSQL's pool has connections: a leaked one would hang here.
		for (let i = 0; i < 15; i++) {
			for await (const batch of store.exportFindings(ALL, 1)) {
				expect(batch).toHaveLength(1);
				break;
			}
		}
		expect((await store.reviewQueue(queue())).total).toBe(3);
	});

	it('creates recommendations with an approval, in the same transaction, and keeps their history', async () => {
		const { store } = await load();
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const approvedAt = later(5000);
		await store.appendEvent({ inspectionId: I2, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, approvedAt, 'approved', [
			{ id: 'r-1', inspectionId: I2, revision: 1, agencyId: 'so-noi-vu', itemId: 'a1', itemText: 'Mục a1', what: 'Mục a1: Ghi chú a1', deadline: '2026-04-01T16:59:59.999Z', by: supervisor.id }
		]);
		expect(await store.listRecommendations({ agencyIds: ['xa-a'] })).toEqual([]);
		const [open] = await store.listRecommendations({ agencyIds: null, status: 'open' });
		expect(open).toMatchObject({ id: 'r-1', status: 'open', fixedAt: null, createdAt: approvedAt.toISOString() });
		expect(open?.history).toEqual([{ at: approvedAt.toISOString(), by: supervisor.id, action: 'created', status: 'open', note: '' }]);
		const fixed = await store.updateRecommendation('r-1', { status: 'fixed', note: 'Đã treo bảng', by: 'an', action: 'follow-up', inspectionId: I3, photoIds: [] }, later(9000));
		expect(fixed).toMatchObject({ status: 'fixed', fixedAt: later(9000).toISOString(), fixedInInspectionId: I3 });
		expect(await store.getRecommendation('r-1')).toEqual(fixed);
		expect((await store.listRecommendations({ agencyIds: ['so-noi-vu'], inspectionId: I2 })).map((r) => r.history.length)).toEqual([2]);
		await expect(store.updateRecommendation('nope', { status: 'open', note: '', by: 'x', action: 'status' }, T0)).rejects.toThrow(/does not exist/);

		const moved = await store.updateRecommendation('r-1', { action: 'deadline', deadline: '2026-05-01T16:59:59.999Z', note: 'Gia hạn', by: 'Giám sát' }, later(10_000));
		expect(moved).toMatchObject({ deadline: '2026-05-01T16:59:59.999Z', status: 'fixed', fixedInInspectionId: I3 });
		expect(moved.history.at(-1)).toEqual({
			at: later(10_000).toISOString(),
			by: 'Giám sát',
			action: 'deadline',
			status: 'fixed',
			note: 'Gia hạn',
			deadline: '2026-05-01T16:59:59.999Z',
			previousDeadline: '2026-04-01T16:59:59.999Z'
		});
		expect(await store.getRecommendation('r-1')).toEqual(moved);
	});

	it('lists, by name, the accounts with inspections inside the agencies given: the queue\'s inspector filter', async () => {
		const { store, an } = await load();
		const cuong = await store.createUser(newUser('cuong'), T0);
		const nobody = await store.createUser(newUser('anh'), T0);
		await store.putSubmissions(
			[statsSubmission(cuong, { id: '40000000-0000-4000-8000-000000000004', agencyId: 'tinh', startedAt: '2026-02-21T01:00:00.000Z', answers: { a1: 'compliant' }, location: null })],
			later(2000)
		);
		const option = (u: { id: string; displayName: string }) => ({ id: u.id, name: u.displayName });
		// "Người dùng an" before "Người dùng cuong"; "anh" has no inspection anywhere, so is not offered.
		expect(await store.reviewInspectors(null)).toEqual([option(an), option(cuong)]);
		expect(await store.reviewInspectors(['xa-a', 'xa-a.mot-cua'])).toEqual([option(an)]);
		expect(await store.reviewInspectors(['tinh'])).toEqual([option(cuong)]);
		expect(await store.reviewInspectors([])).toEqual([]);
		expect((await store.reviewInspectors(null)).map((o) => o.id)).not.toContain(nobody.id);
	});
}
