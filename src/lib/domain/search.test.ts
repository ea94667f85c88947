import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './search';

describe('foldVietnamese', () => {
	it('drops diacritics, folds đ and case, and collapses spaces', () => {
		expect(foldVietnamese('  Sở   Nội vụ ')).toBe('so noi vu');
		expect(foldVietnamese('Xã Đồng Văn')).toBe('xa dong van');
		expect(foldVietnamese('Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('uy ban nhan dan tinh tuyen quang');
	});

	it('treats precomposed and decomposed input alike', () => {
		expect(foldVietnamese('Hòa'.normalize('NFC'))).toBe(foldVietnamese('Hòa'.normalize('NFD')));
	});
});

describe('matchesQuery', () => {
	it('finds a name typed without diacritics', () => {
		expect(matchesQuery('Sở Nội vụ', 'so noi vu')).toBe(true);
	});

	it('finds a name typed with its diacritics', () => {
		expect(matchesQuery('Sở Nội vụ', 'Sở Nội vụ')).toBe(true);
	});

	it('folds đ to d', () => {
		expect(matchesQuery('Xã Đồng Văn', 'dong van')).toBe(true);
		expect(matchesQuery('Xã Đồng Văn', 'Đồng')).toBe(true);
	});

	it('ignores case and extra spaces', () => {
		expect(matchesQuery('Sở Nội vụ', '  SO   NOI  VU ')).toBe(true);
		expect(matchesQuery('Phường Hà Giang 1', 'HÀ GIANG')).toBe(true);
	});

	it('does not depend on word order', () => {
		expect(matchesQuery('Sở Nội vụ', 'vu noi')).toBe(true);
		expect(matchesQuery('Trung tâm Phục vụ hành chính công xã Mèo Vạc', 'meo vac trung tam')).toBe(true);
	});

	it('fails when a word is missing', () => {
		expect(matchesQuery('Sở Nội vụ', 'so tu phap')).toBe(false);
		expect(matchesQuery('Xã Đồng Văn', 'dong van 2')).toBe(false);
	});

	it('matches everything with an empty or blank query', () => {
		expect(matchesQuery('Sở Nội vụ', '')).toBe(true);
		expect(matchesQuery('Sở Nội vụ', '   ')).toBe(true);
	});
});
