import { describe, expect, it } from 'vitest';
import { dayAfterKey } from './pickerKeys';

describe('dayAfterKey', () => {
	it('moves as the APG date picker does', () => {
		// Tuesday 5 January 2027.
		const day = '2027-01-05';
		expect(dayAfterKey('ArrowRight', false, day)).toBe('2027-01-06');
		expect(dayAfterKey('ArrowLeft', false, day)).toBe('2027-01-04');
		expect(dayAfterKey('ArrowDown', false, day)).toBe('2027-01-12');
		expect(dayAfterKey('ArrowUp', false, day)).toBe('2026-12-29');
		expect(dayAfterKey('PageDown', false, day)).toBe('2027-02-05');
		expect(dayAfterKey('PageUp', false, day)).toBe('2026-12-05');
		expect(dayAfterKey('PageDown', true, day)).toBe('2028-01-05');
		expect(dayAfterKey('PageUp', true, day)).toBe('2026-01-05');
		expect(dayAfterKey('Home', false, day)).toBe('2027-01-04');
		expect(dayAfterKey('End', false, day)).toBe('2027-01-10');
	});

	it('leaves other keys to the dialog', () => {
		for (const key of ['Enter', ' ', 'Escape', 'Tab', 'a']) expect(dayAfterKey(key, false, '2027-01-05')).toBeNull();
	});
});
