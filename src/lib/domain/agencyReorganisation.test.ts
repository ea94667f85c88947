import { describe, expect, it } from 'vitest';
import type { Agency } from './agency';
import { planReorganisation, ReorganisationError } from './agencyReorganisation';

const agency = (id: string, parentId: string | null, kind: Agency['kind'] = 'commune'): Agency => ({ id, parentId, name: `Xã ${id}`, kind, address: '', location: null });
const TREE: Agency[] = [agency('tinh', null, 'province'), agency('a', 'tinh'), agency('b', 'tinh'), agency('a.mc', 'a', 'service-center'), agency('c', 'tinh')];
const TODAY = '2026-12-06';

describe('planReorganisation', () => {
	it('merges A and B into a new C: both closed from the effective day with C as successor, their children moved with the former parent kept', () => {
		const plan = planReorganisation(TREE, { kind: 'merge', effectiveOn: '2025-07-01', mergedIds: ['a', 'b'], into: { id: 'ab', name: 'Xã Hợp Nhất' } }, TODAY);
		const after = new Map(plan.edits.map((e) => [e.after.id, e]));
		expect(after.get('ab')).toEqual({ before: null, after: { id: 'ab', parentId: 'tinh', name: 'Xã Hợp Nhất', kind: 'commune', address: '', location: null } });
		expect(after.get('a')?.after).toMatchObject({ closedAt: '2025-06-30T17:00:00.000Z', successorId: 'ab' });
		expect(after.get('b')?.after).toMatchObject({ successorId: 'ab' });
		expect(after.get('a.mc')?.after).toMatchObject({ parentId: 'ab', formerly: [{ until: '2025-07-01', name: 'Xã a.mc', parentId: 'a' }] });
		expect(after.get('a')?.before).toEqual(TREE[1]);
		expect(plan.transfers).toEqual([
			{ from: 'a', to: 'ab' },
			{ from: 'b', to: 'ab' }
		]);
	});

	it('merges B into an existing A that carries on, optionally under a new name kept from the day', () => {
		const plan = planReorganisation(TREE, { kind: 'merge', effectiveOn: '2025-07-01', mergedIds: ['a', 'b'], into: { id: 'a', name: 'Xã A mới' } }, TODAY);
		const a = plan.edits.find((e) => e.after.id === 'a')?.after;
		expect(a).toMatchObject({ name: 'Xã A mới', formerly: [{ until: '2025-07-01', name: 'Xã a', parentId: 'tinh' }] });
		expect(a?.closedAt).toBeUndefined();
		expect(plan.transfers).toEqual([{ from: 'b', to: 'a' }]);
		// a.mc stays under a: a is not closed.
		expect(plan.edits.some((e) => e.after.id === 'a.mc')).toBe(false);
	});

	it('splits A into new agencies under its parent; the first carries on', () => {
		const plan = planReorganisation(TREE, { kind: 'split', effectiveOn: '2026-01-01', id: 'a', into: [{ id: 'a1', name: 'Xã A1' }, { id: 'a2', name: 'Xã A2' }] }, TODAY);
		expect(plan.edits.map((e) => e.after.id)).toEqual(['a1', 'a2', 'a', 'a.mc']);
		expect(plan.edits[2]?.after.successorId).toBe('a1');
		expect(plan.edits[3]?.after.parentId).toBe('a1');
		expect(plan.transfers).toEqual([{ from: 'a', to: 'a1' }]);
	});

	it('renames with the former name kept until the effective day', () => {
		const [edit] = planReorganisation(TREE, { kind: 'rename', effectiveOn: '2026-01-01', id: 'c', name: ' Phường C ' }, TODAY).edits;
		expect(edit?.after).toEqual({ ...TREE[4], name: 'Phường C', formerly: [{ until: '2026-01-01', name: 'Xã c', parentId: 'tinh' }] });
	});

	it('refuses what cannot be done, with a reason', () => {
		const refuse = (reorg: Parameters<typeof planReorganisation>[1], tree = TREE) => expect(() => planReorganisation(tree, reorg, TODAY)).toThrow(ReorganisationError);
		refuse({ kind: 'rename', effectiveOn: '2027-01-01', id: 'c', name: 'Tương lai' });
		refuse({ kind: 'rename', effectiveOn: '2026-02-30', id: 'c', name: 'Ngày không có' });
		refuse({ kind: 'rename', effectiveOn: '2026-01-01', id: 'khong-co', name: 'X' });
		refuse({ kind: 'rename', effectiveOn: '2026-01-01', id: 'c', name: 'Xã c' });
		refuse({ kind: 'merge', effectiveOn: '2026-01-01', mergedIds: ['a'], into: { id: 'moi', name: 'Một mình' } });
		refuse({ kind: 'merge', effectiveOn: '2026-01-01', mergedIds: ['a', 'b'], into: { id: 'c2' } });
		refuse({ kind: 'split', effectiveOn: '2026-01-01', id: 'a', into: [{ id: 'b', name: 'Trùng mã' }, { id: 'a2', name: 'A2' }] });
		const closed = TREE.map((a) => (a.id === 'b' ? { ...a, closedAt: '2025-01-01T00:00:00.000Z' } : a));
		refuse({ kind: 'merge', effectiveOn: '2026-01-01', mergedIds: ['a', 'b'], into: { id: 'moi', name: 'Mới' } }, closed);
		// Not before a reorganisation already recorded for the agency.
		const renamed = TREE.map((a) => (a.id === 'c' ? { ...a, formerly: [{ until: '2026-06-01', name: 'Cũ', parentId: 'tinh' }] } : a));
		refuse({ kind: 'rename', effectiveOn: '2026-05-01', id: 'c', name: 'Sớm hơn' }, renamed);
	});
});
