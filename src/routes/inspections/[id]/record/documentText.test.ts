import { describe, expect, it } from 'vitest';
import { administrativeDate, placeName } from './documentText';

describe('the record’s date line', () => {
	it('writes the date in Vietnam time, as documents do', () => {
		// 23:30 UTC on 31 Dec is already 1 January in Vietnam.
		expect(administrativeDate('2026-12-31T23:30:00Z')).toBe('ngày 01 tháng 01 năm 2027');
	});

	it('pads days below 10 and months 1 and 2 only (Nghị định 30/2020)', () => {
		expect(administrativeDate('2026-03-05T03:00:00Z')).toBe('ngày 05 tháng 3 năm 2026');
		expect(administrativeDate('2026-02-15T03:00:00Z')).toBe('ngày 15 tháng 02 năm 2026');
	});

	it('takes the place from the province’s name', () => {
		expect(placeName('Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('Tuyên Quang');
		expect(placeName('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
		expect(placeName(undefined)).toBe('Tuyên Quang');
	});
});
