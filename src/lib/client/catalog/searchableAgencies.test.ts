import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { searchAgencies } from '$lib/domain/agencySearch';
import { searchableAgencies } from './searchableAgencies';

const base = { kind: 'commune' as const, address: '', location: null };
const closed = { closedAt: '2025-06-30T17:00:00.000Z' };
const CATALOG: Agency[] = [
	{ id: 'tinh', parentId: null, name: 'UBND tỉnh Tuyên Quang', ...base, kind: 'province' },
	{ id: 'hong-thai', parentId: 'tinh', name: 'UBND xã Hồng Thái', ...base, ...closed, successorId: 'ab' },
	{ id: 'ninh-lai', parentId: 'tinh', name: 'UBND xã Ninh Lai', ...base, ...closed, successorId: 'ab' },
	{ id: 'ab', parentId: 'tinh', name: 'UBND xã Sơn Thủy', ...base, ...closed, successorId: 'abc' },
	{ id: 'abc', parentId: 'tinh', name: 'UBND xã Tân Trào', ...base },
	{ id: 'cu', parentId: 'tinh', name: 'UBND xã Cũ Đóng', ...base, ...closed }
];

describe('the agencies the new-inspection search offers', () => {
	it('are the open ones, each with the names of what was merged into it, through successive mergers', () => {
		const offered = searchableAgencies(CATALOG);
		expect(offered.map((a) => a.id)).toEqual(['tinh', 'abc']);
		expect(offered[1]?.formerly?.map((f) => f.name)).toEqual(['UBND xã Hồng Thái', 'UBND xã Ninh Lai', 'UBND xã Sơn Thủy']);
	});

	it('find the successor by an old name, accents optional, and not a merely closed agency', () => {
		const offered = searchableAgencies(CATALOG);
		expect(searchAgencies(offered, 'xa hong thai', [])[0]?.agency.id).toBe('abc');
		expect(searchAgencies(offered, 'tan trao', [])[0]?.agency.id).toBe('abc');
		expect(searchAgencies(offered, 'cu dong', [])).toEqual([]);
	});
});
