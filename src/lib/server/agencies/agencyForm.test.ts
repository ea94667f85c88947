import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { agencyFromForm } from './agencyForm';

const NOW = new Date('2026-03-02T01:30:00.000Z');
const TREE = new Map<string, Agency>(
	[
		{ id: 'tinh', parentId: null, name: 'UBND tỉnh', kind: 'province', address: '', location: null },
		{ id: 'xa-a', parentId: 'tinh', name: 'UBND xã A', kind: 'commune', address: '', location: null },
		{ id: 'xa-a.mot-cua', parentId: 'xa-a', name: 'Một cửa xã A', kind: 'service-center', address: '', location: null },
		{ id: 'xa-cu', parentId: 'tinh', name: 'Xã cũ', kind: 'commune', address: '', location: null, closedAt: '2026-01-01T00:00:00.000Z' }
	].map((a) => [a.id, a as Agency])
);

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries({ name: 'UBND xã A', kind: 'commune', parentId: 'tinh', address: '', lat: '', lng: '', ...fields })) data.set(k, v);
	return data;
};
const edit = (fields: Record<string, string>) => agencyFromForm(form(fields), TREE.get('xa-a') ?? null, TREE, NOW);
const problemOf = (result: ReturnType<typeof agencyFromForm>) => ('problem' in result ? result.problem : null);

describe('the agency form', () => {
	it('reads a rename with a location typed with decimal commas', () => {
		expect(edit({ name: 'UBND xã A mới', lat: '21,82', lng: '105,21', address: 'Thôn 2' })).toEqual({
			agency: { id: 'xa-a', parentId: 'tinh', name: 'UBND xã A mới', kind: 'commune', address: 'Thôn 2', location: { lat: 21.82, lng: 105.21 } }
		});
	});

	it('refuses a move under the agency itself or one of its units, under a closed or unknown parent', () => {
		expect(problemOf(edit({ parentId: 'xa-a' }))?.field).toBe('parentId');
		expect(problemOf(edit({ parentId: 'xa-a.mot-cua' }))?.message).toContain('dưới chính nó');
		expect(problemOf(edit({ parentId: 'xa-cu' }))?.message).toContain('đã đóng');
		expect(problemOf(edit({ parentId: 'khong-co' }))?.message).toContain('Không có cơ quan');
	});

	it('refuses coordinates outside Vietnam, half given or not numbers, and an empty name', () => {
		expect(problemOf(edit({ lat: '105.2', lng: '21.8' }))?.message).toContain('ngoài Việt Nam');
		expect(problemOf(edit({ lat: '21.8' }))?.field).toBe('location');
		expect(problemOf(edit({ lat: '21°', lng: '105' }))?.field).toBe('location');
		expect(problemOf(edit({ name: '  ' }))?.field).toBe('name');
	});

	it('closes an agency only once its units are closed or moved; adding refuses a taken or malformed code', () => {
		expect(problemOf(edit({ closed: 'on' }))?.field).toBe('closed');
		const desk = agencyFromForm(form({ name: 'Một cửa xã A', kind: 'service-center', parentId: 'xa-a', closed: 'on' }), TREE.get('xa-a.mot-cua') ?? null, TREE, NOW);
		expect('agency' in desk && desk.agency.closedAt).toBe(NOW.toISOString());
		expect(problemOf(agencyFromForm(form({ id: 'xa-a' }), null, TREE, NOW))?.message).toContain('Đã có');
		expect(problemOf(agencyFromForm(form({ id: 'Xã B' }), null, TREE, NOW))?.field).toBe('id');
	});

	it("keeps a reorganised agency's history on a correction; reopening drops its successor", () => {
		const formerly = [{ until: '2025-07-01', name: 'Xã cũ trước', parentId: 'tinh' }];
		const merged: Agency = { id: 'xa-cu', parentId: 'tinh', name: 'Xã cũ', kind: 'commune', address: '', location: null, closedAt: '2026-01-01T00:00:00.000Z', successorId: 'xa-a', formerly };
		const tree = new Map([...TREE, ['xa-cu', merged]]);
		const corrected = agencyFromForm(form({ name: 'Xã Cũ', closed: 'on' }), merged, tree, NOW);
		expect('agency' in corrected && corrected.agency).toEqual({ ...merged, name: 'Xã Cũ' });
		const reopened = agencyFromForm(form({ name: 'Xã cũ' }), merged, tree, NOW);
		expect('agency' in reopened && reopened.agency).toEqual({ id: 'xa-cu', parentId: 'tinh', name: 'Xã cũ', kind: 'commune', address: '', location: null, formerly });
	});
});
