import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, issuerCode, vietnamYear } from './documentNumber';

describe('document numbers (NĐ 30/2020)', () => {
	it('writes the number with a leading zero below 10, the kind and the issuer', () => {
		expect(formatDocumentNumber(5, 'notice', 'SNV')).toBe('05/TB-SNV');
		expect(formatDocumentNumber(12, 'decision', 'SNV')).toBe('12/QĐ-SNV');
		expect(formatDocumentNumber(7, 'conclusion', 'SNV')).toBe('07/KL-SNV');
		expect(formatDocumentNumber(123, 'report', 'UBND')).toBe('123/BC-UBND');
	});

	it('abbreviates a body by the initials of its name', () => {
		expect(issuerCode('Sở Nội vụ')).toBe('SNV');
		expect(issuerCode('Sở Văn hóa, Thể thao và Du lịch')).toBe('SVHTTDL');
		expect(issuerCode('Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('UBND');
		expect(issuerCode('Sở Giáo dục và Đào tạo')).toBe('SGDĐT');
	});

	it('restarts numbering on 1 January in Vietnam, not in UTC', () => {
		expect(vietnamYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
		expect(vietnamYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
	});
});
