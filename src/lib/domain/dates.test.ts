import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, vietnamDate } from './dates';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('vietnamDate', () => {
	it('gives the calendar date in Vietnam (UTC+7), whatever the instant', () => {
		expect(vietnamDate('2026-02-05T20:00:00.000Z')).toBe('2026-02-06');
		expect(vietnamDate('2026-02-05T16:59:59.999Z')).toBe('2026-02-05');
		expect(vietnamDate('2026-02-05T17:00:00.000Z')).toBe('2026-02-06');
		expect(vietnamDate('2026-03-02T08:25:00+07:00')).toBe('2026-03-02');
		expect(formatDate('2024-12-31T17:00:00.000Z')).toBe('01/01/2025');
	});

	it('agrees with the time zone database, before 1976 (other offsets) too', () => {
		for (const iso of ['1975-06-12T16:30:00Z', '1960-01-01T16:30:00Z', '1945-09-02T00:00:00Z', '1976-01-01T00:00:00Z']) {
			expect(vietnamDate(iso), iso).toBe(intl.format(new Date(iso)));
		}
		for (let i = 0; i < 2000; i++) {
			const instant = new Date(Date.UTC(1970, 0, 1) + Math.random() * 130 * 365 * 24 * 3600 * 1000);
			expect(vietnamDate(instant), instant.toISOString()).toBe(intl.format(instant));
		}
	});
});

describe('formatDateTime', () => {
	const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
	const reference = (date: Date) => dateTime.format(date).replace(',', '');

	it('reads dd/mm/yyyy HH:mm in Vietnam time', () => {
		expect(formatDateTime('2026-02-05T16:59:00.000Z')).toBe('05/02/2026 23:59');
		expect(formatDateTime('2026-02-05T17:00:00.000Z')).toBe('06/02/2026 00:00');
		expect(formatDateTime(new Date('2026-03-02T08:25:30+07:00'))).toBe('02/03/2026 08:25');
	});

	it('agrees with the time zone database, before 1976 too', () => {
		for (const iso of ['1975-06-12T16:30:00Z', '1960-01-01T16:30:00Z', '1976-01-01T00:00:00Z']) {
			expect(formatDateTime(iso), iso).toBe(reference(new Date(iso)));
		}
		for (let i = 0; i < 2000; i++) {
			const instant = new Date(Date.UTC(1970, 0, 1) + Math.random() * 130 * 365 * 24 * 3600 * 1000);
			expect(formatDateTime(instant), instant.toISOString()).toBe(reference(instant));
		}
	});
});
