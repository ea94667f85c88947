import { describe, expect, it } from 'vitest';
import { DEFAULT_PHOTO_OPTIONS } from './photoOptions';
import { mayBeOverCap } from './photoSample';
import { startingQuality, stepDown, type SizeEstimate } from './qualityLadder';

const options = DEFAULT_PHOTO_OPTIONS;
const cap = options.maxBytes;

/** An estimate that answers from a table by quality and records which qualities were asked for. */
function estimates(byQuality: Record<string, number>): { estimate: SizeEstimate; asked: number[] } {
	const asked: number[] = [];
	const estimate: SizeEstimate = (quality) => {
		asked.push(quality);
		const bytes = byQuality[quality.toFixed(2)];
		return bytes === undefined ? Promise.reject(new Error(`not asked to estimate ${quality}`)) : Promise.resolve(bytes);
	};
	return { estimate, asked };
}

describe('startingQuality', () => {
	it('steps down in hundredths', () => {
		expect([0.75, 0.65, 0.55].map(stepDown)).toEqual([0.65, 0.55, 0.45]);
	});

	it('starts at the configured quality when the estimate fits or is near the cap', async () => {
		for (const bytes of [cap * 0.5, cap, cap * 1.1]) {
			const { estimate, asked } = estimates({ '0.75': bytes });
			expect(await startingQuality(estimate, options)).toBe(0.75);
			expect(asked).toEqual([0.75]);
		}
	});

	it('passes over a quality only when even a good rewrite of it would be clearly over', async () => {
		// The detailed fixtures: ~465 KB at 0.75 (436 KB after the rewrite, over the 400 KB cap).
		const { estimate, asked } = estimates({ '0.75': 465_000 });
		expect(await startingQuality(estimate, options)).toBe(0.65);
		// One step is likely enough: the full encode at 0.65 tells.
		expect(asked).toEqual([0.75]);
	});

	it('looks further down when the estimate is far over, but never estimates the floor', async () => {
		const { estimate, asked } = estimates({ '0.75': 900_000, '0.65': 700_000, '0.55': 560_000 });
		expect(await startingQuality(estimate, options)).toBe(0.45);
		expect(asked).toEqual([0.75, 0.65, 0.55]);
	});

	it('starts at the floor without estimating when that is the configured quality', async () => {
		const { estimate, asked } = estimates({});
		expect(await startingQuality(estimate, { ...options, quality: options.minQuality })).toBe(options.minQuality);
		expect(asked).toEqual([]);
	});
});

describe('mayBeOverCap', () => {
	const thumb = (bytes: number) => ({ bytes: new ArrayBuffer(bytes), width: 320, height: 240 });
	const picture = { width: 1600, height: 1200 };

	it('lets a plain picture skip the sample', () => {
		// The 5 MP fixture: a 6.9 KB thumbnail, 98 KB at 1600 px.
		expect(mayBeOverCap(thumb(6_900), picture, cap)).toBe(false);
	});

	it('samples a picture whose thumbnail is dense enough for it to reach the cap', () => {
		// The 12 MP fixtures: a 17.3 KB thumbnail, 465 KB at 1600 px.
		expect(mayBeOverCap(thumb(17_300), picture, cap)).toBe(true);
		expect(mayBeOverCap(thumb(8_300), picture, cap)).toBe(true);
	});
});
