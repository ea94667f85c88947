import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
	it('doubles after each failure and stays within half to all of the base', () => {
		expect(retryDelayMs(1, () => 0)).toBe(2_500);
		expect(retryDelayMs(1, () => 1)).toBe(5_000);
		expect(retryDelayMs(3, () => 1)).toBe(20_000);
		expect(retryDelayMs(3, () => 0)).toBe(10_000);
	});

	it('never waits more than ten minutes', () => {
		expect(retryDelayMs(50, () => 1)).toBe(600_000);
	});
});
