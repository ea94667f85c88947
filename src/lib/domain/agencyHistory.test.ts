import { describe, expect, it } from 'vitest';
import type { Agency } from './agency';
import { agencyOnDate, predecessorsOf, todaysAgencyId } from './agencyHistory';

const base = { kind: 'commune' as const, address: '', location: null };
const AGENCIES: Agency[] = [
	{ id: 'tinh', parentId: null, name: 'Tỉnh', ...base, kind: 'province' },
	{ id: 'a', parentId: 'tinh', name: 'Xã A', ...base, closedAt: '2025-06-30T17:00:00.000Z', successorId: 'ab' },
	{ id: 'b', parentId: 'tinh', name: 'Xã B', ...base, closedAt: '2025-06-30T17:00:00.000Z', successorId: 'ab' },
	{ id: 'ab', parentId: 'tinh', name: 'Xã AB', ...base, closedAt: '2027-01-01T00:00:00.000Z', successorId: 'abc' },
	{
		id: 'abc',
		parentId: 'tinh',
		name: 'Phường ABC',
		...base,
		formerly: [
			{ until: '2026-01-01', name: 'Xã ABC', parentId: 'huyen' },
			{ until: '2026-07-01', name: 'Thị trấn ABC', parentId: 'tinh' }
		]
	}
];
const byId = new Map(AGENCIES.map((a) => [a.id, a]));

describe('agency history by date', () => {
	it('gives the name and parent held on a day: each former version until its end, then today’s', () => {
		const abc = byId.get('abc') as Agency;
		expect(agencyOnDate(abc, '2025-12-31')).toEqual({ name: 'Xã ABC', parentId: 'huyen' });
		expect(agencyOnDate(abc, '2026-01-01')).toEqual({ name: 'Thị trấn ABC', parentId: 'tinh' });
		expect(agencyOnDate(abc, '2026-07-01')).toEqual({ name: 'Phường ABC', parentId: 'tinh' });
		expect(agencyOnDate(byId.get('a') as Agency, '2020-01-01')).toEqual({ name: 'Xã A', parentId: 'tinh' });
	});

	it('follows successors to the agency that carries on today, through successive mergers', () => {
		expect(todaysAgencyId(byId, 'a')).toBe('abc');
		expect(todaysAgencyId(byId, 'abc')).toBe('abc');
		expect(todaysAgencyId(byId, 'unknown')).toBe('unknown');
		const loop = new Map([
			['x', { ...(byId.get('a') as Agency), id: 'x', successorId: 'y' }],
			['y', { ...(byId.get('a') as Agency), id: 'y', successorId: 'x' }]
		]);
		expect(['x', 'y']).toContain(todaysAgencyId(loop, 'x'));
	});

	it('lists everything merged into an agency, directly or not', () => {
		expect(predecessorsOf(AGENCIES, 'abc').map((a) => a.id)).toEqual(['ab', 'a', 'b']);
		expect(predecessorsOf(AGENCIES, 'a')).toEqual([]);
	});
});
