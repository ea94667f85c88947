/**
 * The qualities the byte cap steps through (the configured one, then 0.1 lower each time, down to
 * the floor), and where on them to start when a sample of the picture tells roughly how big each
 * would come out (photoSample.ts).
 */
import type { PhotoOptions } from './photoOptions';

/** The picture's baseline JPEG size at a quality, estimated (photoSample.ts). */
export type SizeEstimate = (quality: number) => Promise<number>;

/**
 * A quality is passed over on the estimate alone only when even the smallest progressive rewrite
 * seen (0.93 of the baseline; usually 0.94–0.97) of the estimate is over the cap by more than the
 * estimate can be wrong (within 0.5 % on the fixtures; 3 % allowed): encoding it whole would only
 * confirm that it does not fit.
 */
const SMALLEST_SHARE = 0.93;
const ESTIMATE_MARGIN = 1.03;
/**
 * One step down took 18–19 % off the baseline's bytes on the fixtures; at most 15 % is assumed when
 * deciding whether the next quality is worth estimating too (only whether to look, never a skip).
 */
const STEP_SHARE = 0.85;

/** The next quality down, in hundredths (0.75 → 0.65, without 0.6499…). */
export function stepDown(quality: number): number {
	return Math.round((quality - 0.1) * 100) / 100;
}

export function canStepDown(quality: number, options: PhotoOptions): boolean {
	return stepDown(quality) >= options.minQuality - 1e-9;
}

/**
 * The first quality, going down, that the estimate does not show to be over the cap. Each look
 * costs a sample encode, so the next quality is only looked at when this one's estimate is so far
 * over that the next one is likely over too; otherwise the full encode there tells. The floor is
 * never looked at: it is where the cap stops stepping anyway.
 */
export async function startingQuality(estimate: SizeEstimate, options: PhotoOptions): Promise<number> {
	let quality = options.quality;
	while (canStepDown(quality, options)) {
		const bytes = await estimate(quality);
		if (bytes * SMALLEST_SHARE <= options.maxBytes * ESTIMATE_MARGIN) return quality;
		if (bytes * STEP_SHARE * SMALLEST_SHARE <= options.maxBytes) return stepDown(quality);
		quality = stepDown(quality);
	}
	return quality;
}
