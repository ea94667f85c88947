import { expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { AgencyConflictError, InvalidRecordError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { AGENCIES, T0, later, newUser } from '../fixtures';

const find = (list: Agency[], id: string): Agency => {
	const agency = list.find((a) => a.id === id);
	if (!agency) throw new Error(`no ${id}`);
	return agency;
};

export function agencyChangesContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		await store.putAgencies(AGENCIES, T0);
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		return { store, admin, agencies: await store.listAgencies() };
	}

	it('renames, moves and adds in one edit, and logs who, when and the agency before and after', async () => {
		const { store, admin, agencies } = await setUp();
		const xa = find(agencies, 'xa-a');
		const renamed = { ...xa, name: 'UBND xã A mới' };
		const desk = find(agencies, 'xa-a.mot-cua');
		const moved = { ...desk, parentId: 'so-noi-vu' };
		const added: Agency = { id: 'xa-b', parentId: 'tinh', name: 'UBND xã B', kind: 'commune', address: 'Thôn 1', location: { lat: 22.1, lng: 105.3 } };
		const count = await store.changeAgencies(
			[
				{ before: xa, after: renamed },
				{ before: desk, after: moved },
				{ before: null, after: added }
			],
			{ id: admin.id, source: 'form' },
			later(1000)
		);
		expect(count).toBe(3);
		const now = await store.listAgencies();
		expect(find(now, 'xa-a').name).toBe('UBND xã A mới');
		expect(find(now, 'xa-a.mot-cua').parentId).toBe('so-noi-vu');
		expect(find(now, 'xa-b')).toEqual(added);

		const log = await store.listAgencyChanges('xa-a', 10);
		expect(log).toEqual([{ id: expect.any(Number), agencyId: 'xa-a', actorId: admin.id, source: 'form', at: later(1000).toISOString(), before: xa, after: renamed }]);
		const all = await store.listAgencyChanges(null, 10);
		expect(all.map((c) => c.agencyId).sort()).toEqual(['xa-a', 'xa-a.mot-cua', 'xa-b']);
		expect(all.find((c) => c.agencyId === 'xa-b')?.before).toBeNull();
	});

	it('closes an agency: it stays in the catalog with its closing time, and can be reopened', async () => {
		const { store, admin, agencies } = await setUp();
		const desk = find(agencies, 'xa-a.mot-cua');
		const closed = { ...desk, closedAt: '2026-03-05T00:00:00Z' };
		await store.changeAgencies([{ before: desk, after: closed }], { id: admin.id, source: 'form' }, later(1000));
		const stored = find(await store.listAgencies(), 'xa-a.mot-cua');
		expect(stored.closedAt).toBe('2026-03-05T00:00:00.000Z');
		const reopened: Agency = { ...desk };
		await store.changeAgencies([{ before: stored, after: reopened }], { id: admin.id, source: 'form' }, later(2000));
		expect(find(await store.listAgencies(), 'xa-a.mot-cua')).toEqual(desk);
		expect((await store.listAgencyChanges('xa-a.mot-cua', 10)).map((c) => c.after.closedAt ?? null)).toEqual([null, '2026-03-05T00:00:00.000Z']);
	});

	it('refuses an open agency under a closed one, a cycle and an unknown parent, writing nothing', async () => {
		const { store, admin, agencies } = await setUp();
		const xa = find(agencies, 'xa-a');
		const desk = find(agencies, 'xa-a.mot-cua');
		const actor = { id: admin.id, source: 'form' as const };
		await expect(store.changeAgencies([{ before: xa, after: { ...xa, closedAt: T0.toISOString() } }], actor, later(1))).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(store.changeAgencies([{ before: xa, after: { ...xa, parentId: 'xa-a.mot-cua' } }], actor, later(1))).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(
			store.changeAgencies(
				[
					{ before: desk, after: { ...desk, name: 'Bộ phận một cửa' } },
					{ before: xa, after: { ...xa, parentId: 'khong-co' } }
				],
				actor,
				later(1)
			)
		).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.listAgencies()).toEqual(agencies);
		expect(await store.listAgencyChanges(null, 10)).toEqual([]);
	});

	it('refuses an edit made on a stale read (someone changed the agency since), writing nothing', async () => {
		const { store, admin, agencies } = await setUp();
		const xa = find(agencies, 'xa-a');
		const actor = { id: admin.id, source: 'form' as const };
		await store.changeAgencies([{ before: xa, after: { ...xa, name: 'Tên thứ nhất' } }], actor, later(1));
		await expect(store.changeAgencies([{ before: xa, after: { ...xa, name: 'Tên thứ hai' } }], actor, later(2))).rejects.toBeInstanceOf(AgencyConflictError);
		await expect(store.changeAgencies([{ before: null, after: { ...xa, name: 'Thêm trùng mã' } }], actor, later(2))).rejects.toBeInstanceOf(AgencyConflictError);
		expect(find(await store.listAgencies(), 'xa-a').name).toBe('Tên thứ nhất');
		expect(await store.listAgencyChanges('xa-a', 10)).toHaveLength(1);
	});

	it('writes and logs nothing for an edit that changes nothing', async () => {
		const { store, admin, agencies } = await setUp();
		const xa = find(agencies, 'xa-a');
		expect(await store.changeAgencies([{ before: xa, after: { ...xa } }], { id: admin.id, source: 'import' }, later(1))).toBe(0);
		expect(await store.listAgencyChanges(null, 10)).toEqual([]);
	});

	it('applies an import of 5,000 agencies as one transaction', async () => {
		const { store, admin } = await setUp();
		const edits = Array.from({ length: 5000 }, (_, i) => ({
			before: null,
			after: { id: `xa-${i}`, parentId: i < 100 ? 'tinh' : `xa-${i % 100}`, name: `Xã số ${i}`, kind: 'commune' as const, address: '', location: null }
		}));
		expect(await store.changeAgencies(edits, { id: admin.id, source: 'import' }, later(1))).toBe(5000);
		expect(await store.listAgencies()).toHaveLength(5000 + AGENCIES.length);
		expect(await store.listAgencyChanges(null, 6000)).toHaveLength(5000);
	});
}
