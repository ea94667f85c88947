import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDayMonthYear, isIsoDate, parseDayMonthYear } from './dayMonthYear';

describe('parseDayMonthYear', () => {
	it('reads the day first, with or without leading zeros, slashes, dashes or dots', () => {
		for (const text of ['5/1/2027', '05/01/2027', '5-1-2027', '5.1.2027', ' 05 / 01 / 2027 ', '2027-01-05']) {
			expect(parseDayMonthYear(text), text).toEqual({ ok: true, iso: '2027-01-05' });
		}
		expect(parseDayMonthYear('31/12/2026')).toEqual({ ok: true, iso: '2026-12-31' });
	});

	it('an empty field is no date, not a mistake', () => {
		expect(parseDayMonthYear('')).toEqual({ ok: true, iso: null });
		expect(parseDayMonthYear('   ')).toEqual({ ok: true, iso: null });
	});

	it('refuses days that do not exist, leap years known', () => {
		for (const text of ['31/02/2027', '29/02/2027', '32/01/2027', '0/1/2027', '5/13/2027', '5/0/2027', '31/04/2027', '1/1/0999']) {
			expect(parseDayMonthYear(text), text).toEqual({ ok: false, problem: 'impossible' });
		}
		expect(parseDayMonthYear('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
		expect(parseDayMonthYear('29/02/2100')).toEqual({ ok: false, problem: 'impossible' });
		expect(parseDayMonthYear('29/02/2000')).toEqual({ ok: true, iso: '2000-02-29' });
	});

	it('refuses what is not day/month/year rather than guessing (two-digit years, words, mixed orders)', () => {
		for (const text of ['5/1/27', '5/1', '2027', 'hôm nay', '5/1/2027 10:00', '2027/01/05', '05012027', '5//1/2027', '1e1/1/2027']) {
			expect(parseDayMonthYear(text), text).toEqual({ ok: false, problem: 'format' });
		}
	});
});

describe('formatDayMonthYear', () => {
	it('writes dd/mm/yyyy and leaves a value that is not a date as it was', () => {
		expect(formatDayMonthYear('2027-01-05')).toBe('05/01/2027');
		expect(formatDayMonthYear('2027-02-30')).toBe('2027-02-30');
		expect(formatDayMonthYear('')).toBe('');
	});

	it('round-trips every day of a leap year', () => {
		let count = 0;
		for (let m = 1; m <= 12; m++) {
			for (let d = 1; d <= daysInMonth(2028, m); d++) {
				const iso = `2028-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
				expect(isIsoDate(iso)).toBe(true);
				expect(parseDayMonthYear(formatDayMonthYear(iso))).toEqual({ ok: true, iso });
				count++;
			}
		}
		expect(count).toBe(366);
	});
});
