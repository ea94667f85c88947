import { describe, expect, it } from 'vitest';
import { gridCluster, meanRate, rateColour } from './gridCluster';

describe('gridCluster', () => {
	it('puts points of one cell together and keeps far ones apart', () => {
		const clusters = gridCluster(
			[
				{ x: 1, y: 1, item: 'a' },
				{ x: 10, y: 20, item: 'b' },
				{ x: 500, y: 500, item: 'c' }
			],
			60
		);
		expect(clusters).toHaveLength(2);
		const big = clusters.find((c) => c.items.length === 2);
		expect(big?.items).toEqual(['a', 'b']);
		expect(big?.x).toBeCloseTo(5.5);
	});

	it('mean rate ignores unknown rates; colours follow the thresholds', () => {
		expect(meanRate([0.5, null, 1])).toBe(0.75);
		expect(meanRate([null])).toBeNull();
		expect(rateColour(0.3)).toBe('#b3261e');
		expect(rateColour(0.9)).toBe('#1b5e20');
	});
});
