import { expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { planReorganisation, type Reorganisation } from '$lib/domain/agencyReorganisation';
import { inspectionsTable } from '$lib/server/export/exportTables';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { reviewQueue } from '$lib/server/review/reviewQueue';
import { readStats } from '$lib/server/stats/readStats';
import { InvalidRecordError } from '$lib/server/store/errors';
import type { Store } from '$lib/server/store/Store';
import type { StoreContext } from '../store.contract';
import { statsByTodaysTree } from '$lib/domain/statsByTodaysTree';
import { subtreeIds } from '$lib/domain/agency';
import { later, newUser, seeded, submission, T0 } from '../fixtures';
import { STATS_TEMPLATE, statsData } from '../reviewFixtures';

const find = (list: Agency[], id: string): Agency => {
	const agency = list.find((a) => a.id === id);
	if (!agency) throw new Error(`no ${id}`);
	return agency;
};

/** Plans a reorganisation against the stored tree and writes it, as the admin page does. */
async function reorganise(store: Store, actorId: string, reorg: Reorganisation, at: Date): Promise<number> {
	const plan = planReorganisation(await store.listAgencies(), reorg, '2026-12-31');
	const transfers = plan.transfers.map((t) => ({ ...t, note: `Chuyển từ ${t.from} sang ${t.to}` }));
	return store.changeAgencies(plan.edits, { id: actorId, source: reorg.kind }, at, { effectiveOn: reorg.effectiveOn, transfers, by: 'Quản trị viên' });
}

export function agencyReorganisationContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		const { an } = await seeded(store);
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		const supervisor = await store.createUser(newUser('giamsat', 'supervisor', 'tinh'), T0);
		const xaB: Agency = { id: 'xa-b', parentId: 'tinh', name: 'UBND xã B', kind: 'commune', address: '', location: null };
		await store.changeAgencies([{ before: null, after: xaB }], { id: admin.id, source: 'form' }, later(100));
		// An approved inspection of xa-a with one open and one fixed recommendation.
		const one = submission(an, { agencyId: 'xa-a' });
		await store.putSubmissions([one], later(200));
		const rec = (id: string) => ({ id, inspectionId: one.inspectionId, revision: 1, agencyId: 'xa-a', itemId: id, itemText: 'Giờ', what: 'Giờ làm việc', deadline: '2026-04-01T16:59:59.999Z', by: supervisor.id });
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(300), 'approved', [rec('r-open'), rec('r-fixed')]);
		await store.updateRecommendation('r-fixed', { status: 'fixed', note: 'Đã sửa', by: 'Giám sát', action: 'status' }, later(400));
		return { store, admin, supervisor, inspectionId: one.inspectionId };
	}

	it('merges two communes into a new one: closed with a successor, children moved keeping their former parent, open recommendations moved with a trail entry, all in the ledger', async () => {
		const { store, admin } = await setUp();
		const before = await store.recommendationVersions(['xa-a', 'xa-c']);
		const changed = await reorganise(store, admin.id, { kind: 'merge', effectiveOn: '2026-03-01', mergedIds: ['xa-a', 'xa-b'], into: { id: 'xa-c', name: 'UBND xã C' } }, later(1000));
		// xa-c added, xa-a and xa-b closed, xa-a's one-stop desk moved.
		expect(changed).toBe(4);
		const now = await store.listAgencies();
		expect(find(now, 'xa-a')).toMatchObject({ closedAt: '2026-02-28T17:00:00.000Z', successorId: 'xa-c' });
		expect(find(now, 'xa-b')).toMatchObject({ successorId: 'xa-c' });
		expect(find(now, 'xa-c')).toEqual({ id: 'xa-c', parentId: 'tinh', name: 'UBND xã C', kind: 'commune', address: '', location: null });
		const desk = find(now, 'xa-a.mot-cua');
		expect(desk).toMatchObject({ parentId: 'xa-c', formerly: [{ until: '2026-03-01', name: 'Cơ quan xa-a.mot-cua', parentId: 'xa-a' }] });
		expect(agencyOnDate(desk, '2026-02-28').parentId).toBe('xa-a');
		expect(agencyOnDate(desk, '2026-03-01').parentId).toBe('xa-c');

		const moved = await store.getRecommendation('r-open');
		expect(moved?.agencyId).toBe('xa-c');
		expect(moved?.history.at(-1)).toMatchObject({ action: 'agency', status: 'open', by: 'Quản trị viên', note: 'Chuyển từ xa-a sang xa-c', at: later(1000).toISOString() });
		// A fixed recommendation stays where it was made.
		expect((await store.getRecommendation('r-fixed'))?.agencyId).toBe('xa-a');
		// Phones holding either agency's open set get the new one at their next pull.
		const after = await store.recommendationVersions(['xa-a', 'xa-c']);
		expect(after.get('xa-a')).not.toBe(before.get('xa-a'));
		expect(after.get('xa-c')).toBeDefined();

		const log = await store.listAgencyChanges(null, 10);
		const merge = log.filter((c) => c.source === 'merge');
		expect(merge.map((c) => c.agencyId).sort()).toEqual(['xa-a', 'xa-a.mot-cua', 'xa-b', 'xa-c']);
		expect(merge.every((c) => c.effectiveOn === '2026-03-01' && c.actorId === admin.id)).toBe(true);
		expect(log.filter((c) => c.source === 'form')).toHaveLength(1);

		const kinds = (await store.readLedger(0, 100)).map((e) => (JSON.parse(e.body) as { kind: string }).kind);
		expect(kinds.filter((k) => k === 'agency')).toHaveLength(5);
		expect(kinds.at(-1)).toBe('recommendation');
		const report = await verifyLedger(store);
		expect(report).toMatchObject({ ok: true, failure: null, checked: { agencyChanges: 5, recommendations: 2 } });
	});

	it('splits an agency: the first new one carries on its open recommendations and its children', async () => {
		const { store, admin } = await setUp();
		await reorganise(
			store,
			admin.id,
			{ kind: 'split', effectiveOn: '2026-03-01', id: 'xa-a', into: [{ id: 'xa-a1', name: 'UBND xã A1' }, { id: 'xa-a2', name: 'UBND xã A2' }] },
			later(1000)
		);
		const now = await store.listAgencies();
		expect(find(now, 'xa-a')).toMatchObject({ successorId: 'xa-a1' });
		expect(find(now, 'xa-a2')).toMatchObject({ parentId: 'tinh', kind: 'commune' });
		expect(find(now, 'xa-a.mot-cua').parentId).toBe('xa-a1');
		expect((await store.getRecommendation('r-open'))?.agencyId).toBe('xa-a1');
		expect((await verifyLedger(store)).ok).toBe(true);
	});

	it('renames with an effective date: the former name holds before it, the new one from it', async () => {
		const { store, admin } = await setUp();
		await reorganise(store, admin.id, { kind: 'rename', effectiveOn: '2026-03-01', id: 'xa-a', name: 'UBND phường A' }, later(1000));
		const xa = find(await store.listAgencies(), 'xa-a');
		expect(xa.name).toBe('UBND phường A');
		expect(agencyOnDate(xa, '2026-02-28')).toEqual({ name: 'Cơ quan xa-a', parentId: 'tinh' });
		expect(agencyOnDate(xa, '2026-03-01')).toEqual({ name: 'UBND phường A', parentId: 'tinh' });
		// Nothing moves in a rename.
		expect((await store.getRecommendation('r-open'))?.agencyId).toBe('xa-a');
		const [change] = await store.listAgencyChanges('xa-a', 1);
		expect(change).toMatchObject({ source: 'rename', effectiveOn: '2026-03-01', before: { name: 'Cơ quan xa-a' }, after: { name: 'UBND phường A' } });
	});

	it("names a renamed agency as on the record's day in the queue, the exports and the statistics", async () => {
		const { store, admin, supervisor, inspectionId } = await setUp();
		// The inspection was made on 2 March 2026; the rename holds from 5 March.
		await reorganise(store, admin.id, { kind: 'rename', effectiveOn: '2026-03-05', id: 'xa-a', name: 'UBND phường A' }, later(1000));

		const queue = await reviewQueue(store, supervisor, {});
		expect(queue.items.find((i) => i.id === inspectionId)?.agencyName).toBe('Cơ quan xa-a');
		const exported: string[] = [];
		for await (const batch of (await inspectionsTable(store, supervisor, {})).rows) for (const row of batch) if (row.id === inspectionId) exported.push(row.agencyName);
		expect(exported).toEqual(['Cơ quan xa-a']);
		// Statistics name each agency as on the period's last day: today (after the rename), or a day before it.
		const name = async (params: Record<string, string>) =>
			(await readStats(store, supervisor, new URLSearchParams(params))).byAgency.find((a) => a.agencyId === 'xa-a')?.agencyName;
		expect(await name({})).toBe('UBND phường A');
		expect(await name({ from: '2026-03-01', to: '2026-03-04' })).toBe('Cơ quan xa-a');
	});

	it('refuses a successor that is missing, or an open agency with one, writing nothing', async () => {
		const { store, admin } = await setUp();
		const agencies = await store.listAgencies();
		const xa = find(agencies, 'xa-a');
		const desk = find(agencies, 'xa-a.mot-cua');
		const actor = { id: admin.id, source: 'merge' as const };
		await expect(store.changeAgencies([{ before: xa, after: { ...xa, successorId: 'xa-b' } }], actor, later(1))).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(
			store.changeAgencies(
				[
					{ before: desk, after: { ...desk, closedAt: T0.toISOString(), successorId: 'khong-co' } }
				],
				actor,
				later(1)
			)
		).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.listAgencies()).toEqual(agencies);
		expect((await verifyLedger(store)).ok).toBe(true);
	});

	it("reads a statistic over a merge date by the agency inspected, or by today's tree with the successor absorbing", async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		await store.putTemplate(STATS_TEMPLATE, T0);
		for (const [i, batch] of statsData(an).entries()) await store.putSubmissions(batch, later(i * 1000));
		// The one-stop desk (inspected in January, rate 1) is merged into its commune (inspected 20 February, rate 1) from 1 February.
		await reorganise(store, admin.id, { kind: 'merge', effectiveOn: '2026-02-01', mergedIds: ['xa-a.mot-cua'], into: { id: 'xa-a' } }, later(1000));
		const agencies = await store.listAgencies();

		const historical = await store.reviewStats({ agencyIds: null });
		expect(historical.byAgency.map((a) => [a.agencyId, a.agencyName, a.inspections, a.meanRate])).toEqual([
			['xa-a', 'Cơ quan xa-a', 1, 1],
			['xa-a.mot-cua', 'Cơ quan xa-a.mot-cua', 1, 1],
			['so-noi-vu', 'Cơ quan so-noi-vu', 1, 0]
		]);
		const today = statsByTodaysTree(historical, agencies);
		expect(today.byAgency.map((a) => [a.agencyId, a.agencyName, a.inspections, a.meanRate, a.compliant, a.violation])).toEqual([
			['xa-a', 'Cơ quan xa-a', 2, 1, 6, 0],
			['so-noi-vu', 'Cơ quan so-noi-vu', 1, 0, 0, 4]
		]);
		expect(today.overall).toEqual(historical.overall);
		// The commune's subtree (a filter, a jurisdiction) still holds what was merged into it.
		const commune = await store.reviewStats({ agencyIds: [...subtreeIds(agencies, 'xa-a')] });
		expect(commune.inspections).toBe(2);
	});
}
