import { describe, expect, it } from 'vitest';
import { formatFixed } from './fixedDecimal';

/** The numbers the app formats (sizes, distances) and the edges of rounding and grouping. */
const SAMPLES = [0, 1.005, NaN, Infinity, 2.675, 0.0005, 0.000001, 1e-7, 123.456789, 0.05, 0.5, 0.95, 1, 1.05, 1.25, 1.35, 2.5, 9.95, 99.5, 99.95, 100, 512.4, 999.5, 999.95, 1000, 1023.96, 1234.5, 12345.678, 999999.5, 1234567.891, 1e20 + 12345, -0.04, -1.5, -1234.5];

describe('formatFixed', () => {
	for (const locale of ['vi-VN', 'en-GB']) {
		for (const digits of [0, 1, 2]) {
			it(`writes ${locale} with ${digits} decimals as Intl.NumberFormat does`, () => {
				const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
				for (const value of SAMPLES) expect(formatFixed(locale, digits, value), String(value)).toBe(intl.format(value));
			});
		}
	}

	it('agrees with Intl on sizes and distances of every magnitude', () => {
		// A fixed pseudo-random walk (no Math.random): the same numbers on every run.
		let seed = 17;
		const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		for (let n = 0; n < 3000; n++) {
			const value = Number((next() * 10 ** Math.floor(next() * 9)).toFixed(Math.floor(next() * 5)));
			for (const locale of ['vi-VN', 'en-GB']) {
				for (const digits of [0, 1]) {
					const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
					expect(formatFixed(locale, digits, value), `${locale} ${value}`).toBe(intl.format(value));
				}
			}
		}
	});

	it('uses the Vietnamese separators: dots between thousands, a comma before decimals', () => {
		expect(formatFixed('vi-VN', 1, 1234.56)).toBe('1.234,6');
		expect(formatFixed('en-GB', 1, 1234.56)).toBe('1,234.6');
	});

	it('formats other locales with Intl', () => {
		expect(formatFixed('de-DE', 1, 1234.56)).toBe(new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234.56));
	});
});
