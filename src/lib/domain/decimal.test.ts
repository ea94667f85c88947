import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from './decimal';

describe('parseDecimal', () => {
	it('takes the decimal comma and the point alike, with a sign and spaces', () => {
		expect(parseDecimal('2,5')).toBe(2.5);
		expect(parseDecimal('2.5')).toBe(2.5);
		expect(parseDecimal(' 45,5 ')).toBe(45.5);
		expect(parseDecimal('-1,25')).toBe(-1.25);
		expect(parseDecimal(',5')).toBe(0.5);
		expect(parseDecimal('5')).toBe(5);
		expect(parseDecimal('007')).toBe(7);
		expect(parseDecimal('')).toBeNull();
		expect(parseDecimal('   ')).toBeNull();
	});

	it('refuses what is not one figure, rather than guessing', () => {
		for (const text of ['2,5,1', '1.000,5', '2 5', 'abc', '2e5', '0x10', '5%', '½', '2,', 'Infinity', 'NaN', '--1']) {
			expect(parseDecimal(text), text).toBe('invalid');
		}
	});
});

describe('formatDecimal', () => {
	it('writes the figure back as the interface language does', () => {
		expect(formatDecimal(2.5)).toBe('2,5');
		expect(formatDecimal(2.5, 'en')).toBe('2.5');
		expect(formatDecimal(455)).toBe('455');
		expect(formatDecimal(-0.75, 'vi')).toBe('-0,75');
		expect(parseDecimal(formatDecimal(33.333, 'vi'))).toBe(33.333);
	});
});
