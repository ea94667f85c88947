import { describe, expect, it } from 'vitest';
import { dateSpans } from './dateSpans';

const DAY = 24 * 60 * 60 * 1000;
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const T = Date.parse('2025-12-01T00:00:00Z');

/** How many times the spans count each day of a window: months add every day of the month, day ranges add or take away. */
function coverage(spans: NonNullable<ReturnType<typeof dateSpans>>, days: string[]): number[] {
	return days.map((day) => {
		const month = day.slice(0, 7);
		let n = spans.months && (!spans.months.from || month >= spans.months.from) && (!spans.months.to || month <= spans.months.to) ? 1 : 0;
		for (const range of spans.days) if (day >= range.from && day <= range.to) n += range.sign;
		return n;
	});
}

describe('dateSpans', () => {
	const window = Array.from({ length: 130 }, (_, i) => dayText(T + i * DAY));

	it('counts every day of the range once and no other day, for every pair of bounds over four months', () => {
		for (let a = 0; a < window.length; a += 3) {
			for (let b = a; b < window.length; b += 2) {
				const from = window[a] as string;
				const to = window[b] as string;
				const spans = dateSpans(from, to);
				expect(spans).not.toBeNull();
				const expected = window.map((d) => (d >= from && d <= to ? 1 : 0));
				expect(coverage(spans!, window), `${from}..${to}`).toEqual(expected);
			}
		}
	});

	it('reads at most about half a month of days at each edge', () => {
		for (const [from, to] of [
			['2026-01-10', '2026-03-20'],
			['2026-01-02', '2026-01-30'],
			['2026-01-16', undefined],
			[undefined, '2026-02-14']
		] as const) {
			const spans = dateSpans(from, to)!;
			const days = spans.days.reduce((n, r) => n + (Date.parse(r.to) - Date.parse(r.from)) / DAY + 1, 0);
			expect(days, `${from}..${to}`).toBeLessThanOrEqual(32);
		}
		expect(dateSpans('2026-01-02', '2026-01-30')).toEqual({
			months: { from: '2026-01', to: '2026-01' },
			days: [
				{ from: '2026-01-01', to: '2026-01-01', sign: -1 },
				{ from: '2026-01-31', to: '2026-01-31', sign: -1 }
			]
		});
	});

	it('handles open ends, whole months, an empty range and days past a month end as the date comparison reads them', () => {
		expect(dateSpans(undefined, undefined)).toEqual({ months: {}, days: [] });
		expect(dateSpans('2026-01-01', '2026-02-28')).toEqual({ months: { from: '2026-01', to: '2026-02' }, days: [] });
		expect(dateSpans('2026-03-01', '2026-02-28')).toEqual({ months: null, days: [] });
		expect(dateSpans('2026-02-30', undefined)).toEqual({ months: { from: '2026-03', to: undefined }, days: [] });
		expect(dateSpans(undefined, '2026-02-31')).toEqual({ months: { from: undefined, to: '2026-02' }, days: [] });
		expect(dateSpans('yesterday', undefined)).toBeNull();
	});
});
