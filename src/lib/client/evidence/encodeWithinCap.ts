import { toProgressive } from './jpeg/toProgressive';
import { encode } from './photoCanvas';
import type { EncodedImage } from './photoMessages';
import type { PhotoOptions } from './photoOptions';
import { canStepDown, startingQuality, stepDown, type SizeEstimate } from './qualityLadder';

/**
 * The smallest share of its baseline size a progressive rewrite came to on the canvas's output of
 * the fixtures was 0.93 (usually 0.94–0.97): a baseline whose 90 % is still over the cap cannot fit
 * after it, so the next quality is tried without spending the rewrite (~20 ms) on it.
 */
const REWRITE_BOUND = 0.9;

/**
 * Encode at the configured quality and rewrite the JPEG as a progressive one (lossless: the same
 * pixels in 3–8 % fewer bytes, jpeg/); over the byte cap, step the quality down by 0.1 until it
 * fits, keeping the size in pixels. With an estimate from a sample of the picture (photoSample.ts),
 * qualities surely over the cap are passed over without a full encode (qualityLadder.ts): on a very
 * detailed photo that saves the one full encode (~20 ms at 1600 px) that would be thrown away.
 */
export async function encodeWithinCap(
	canvas: OffscreenCanvas,
	options: PhotoOptions,
	estimate: SizeEstimate | null = null
): Promise<{ image: EncodedImage; quality: number }> {
	let quality = estimate ? await startingQuality(estimate, options) : options.quality;
	for (;;) {
		const image = await encode(canvas, quality);
		const canLower = canStepDown(quality, options);
		if (canLower && image.bytes.byteLength * REWRITE_BOUND > options.maxBytes) {
			quality = stepDown(quality);
			continue;
		}
		const compact = { ...image, bytes: toProgressive(image.bytes) };
		if (compact.bytes.byteLength <= options.maxBytes || !canLower) return { image: compact, quality };
		quality = stepDown(quality);
	}
}
