import { describe, expect, it } from 'vitest';
import type { Agency } from './agency';
import { searchAgencies, withinOneEdit } from './agencySearch';

const agency = (id: string, name: string, parentId: string | null = 'tinh'): Agency => ({
	id,
	parentId,
	name,
	kind: parentId ? 'department' : 'province',
	address: '',
	location: null
});

const agencies: Agency[] = [
	agency('tinh', 'Ủy ban nhân dân tỉnh Tuyên Quang', null),
	agency('so-noi-vu', 'Sở Nội vụ'),
	agency('so-tu-phap', 'Sở Tư pháp'),
	agency('xa-dong-van', 'Ủy ban nhân dân xã Đồng Văn'),
	agency('xa-dong-van.mot-cua', 'Bộ phận Một cửa', 'xa-dong-van'),
	agency('xa-meo-vac.mot-cua', 'Bộ phận Một cửa', 'xa-meo-vac'),
	agency('xa-meo-vac', 'Ủy ban nhân dân xã Mèo Vạc')
];

describe('searchAgencies', () => {
	it('finds "Sở Nội vụ" from "so noi vu" typed without diacritics', () => {
		const ids = searchAgencies(agencies, 'so noi vu', []).map((m) => m.agency.id);
		expect(ids).toEqual(['so-noi-vu']);
	});

	it('matches words of the parent so two one-stop desks can be told apart', () => {
		const matches = searchAgencies(agencies, 'mot cua dong van', []);
		expect(matches.map((m) => m.agency.id)).toEqual(['xa-dong-van.mot-cua']);
		expect(matches[0]?.parentName).toBe('Ủy ban nhân dân xã Đồng Văn');
	});

	it('lists recently used agencies first, most recent first', () => {
		const ids = searchAgencies(agencies, '', ['so-tu-phap', 'xa-meo-vac']).map((m) => m.agency.id);
		expect(ids.slice(0, 2)).toEqual(['so-tu-phap', 'xa-meo-vac']);
		expect(searchAgencies(agencies, '', ['so-tu-phap'])[0]?.recent).toBe(true);
	});

	it('ranks names containing the whole query before names that only contain its words', () => {
		const ids = searchAgencies(agencies, 'ủy ban', []).map((m) => m.agency.id);
		expect(ids).toContain('tinh');
		expect(ids.every((id) => !id.endsWith('mot-cua') || ids.indexOf(id) > ids.indexOf('tinh'))).toBe(true);
	});

	it('returns nothing for a name that is not there, and honours the limit', () => {
		expect(searchAgencies(agencies, 'so y te', [])).toEqual([]);
		expect(searchAgencies(agencies, '', [], 3)).toHaveLength(3);
	});
});

describe('withinOneEdit', () => {
	it('allows one inserted, dropped, replaced or swapped letter, and no more', () => {
		expect(withinOneEdit('duong', 'duong')).toBe(true);
		expect(withinOneEdit('dong', 'duong')).toBe(true);
		expect(withinOneEdit('chin', 'chinh')).toBe(true);
		expect(withinOneEdit('sa', 'xa')).toBe(true);
		expect(withinOneEdit('hao', 'hoa')).toBe(true);
		expect(withinOneEdit('dugn', 'dung')).toBe(true);
		expect(withinOneEdit('dng', 'duong')).toBe(false);
		expect(withinOneEdit('abcd', 'badc')).toBe(false);
	});
});

describe('searchAgencies, as people type', () => {
	it('reads abbreviations both ways, words run together and one typo per word', () => {
		const first = (query: string) => searchAgencies(agencies, query, [])[0]?.agency.id;
		expect(first('ubnd tinh')).toBe('tinh');
		expect(first('uy ban nhan dan dong van')).toBe('xa-dong-van');
		expect(first('ubnd dong van')).toBe('xa-dong-van');
		expect(first('so nv')).toBe('so-noi-vu');
		expect(first('sonoivu')).toBe('so-noi-vu');
		expect(first('so noi vuu')).toBe('so-noi-vu');
		expect(first('so tu phaq')).toBe('so-tu-phap');
	});

	it('puts the name typed exactly first, and a recent agency before an equal one', () => {
		expect(searchAgencies(agencies, 'Sở Tư pháp', [])[0]?.agency.id).toBe('so-tu-phap');
		const ids = searchAgencies(agencies, 'mot cua', ['xa-meo-vac.mot-cua']).map((m) => m.agency.id);
		expect(ids[0]).toBe('xa-meo-vac.mot-cua');
	});
});
