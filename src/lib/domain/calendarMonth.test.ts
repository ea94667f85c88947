import { describe, expect, it } from 'vitest';
import { addDays, addMonths, endOfWeek, monthWeeks, startOfWeek, weekdayIndex } from './calendarMonth';

describe('calendar arithmetic', () => {
	it('moves by days across months and years', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
		expect(addDays('2027-01-05', 7)).toBe('2027-01-12');
	});

	it('moves by months keeping the day, or the last day of a shorter month', () => {
		expect(addMonths('2027-01-05', 1)).toBe('2027-02-05');
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
		expect(addMonths('2027-03-31', -13)).toBe('2026-02-28');
		expect(addMonths('2027-06-10', 12)).toBe('2028-06-10');
	});

	it('weeks run Monday to Sunday', () => {
		// 5 January 2027 is a Tuesday.
		expect(weekdayIndex('2027-01-05')).toBe(1);
		expect(startOfWeek('2027-01-05')).toBe('2027-01-04');
		expect(endOfWeek('2027-01-05')).toBe('2027-01-10');
		expect(weekdayIndex('2027-01-10')).toBe(6);
	});

	it('lays a month out in whole weeks with blanks outside it', () => {
		const weeks = monthWeeks('2027-02-14');
		// February 2027 starts on a Monday and has 28 days: exactly four weeks.
		expect(weeks).toHaveLength(4);
		expect(weeks[0]?.[0]).toBe('2027-02-01');
		expect(weeks[3]?.[6]).toBe('2027-02-28');
		const january = monthWeeks('2027-01-05');
		expect(january[0]).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03']);
		expect(january.flat().filter((d) => d !== null)).toHaveLength(31);
		expect(january.every((w) => w.length === 7)).toBe(true);
	});
});
