import { toProgressive } from './jpeg/toProgressive';
import { encode } from './photoCanvas';
import type { EncodedImage } from './photoMessages';
import type { PhotoOptions } from './photoOptions';

/**
 * The smallest share of its baseline size a progressive rewrite came to on the canvas's output of
 * the fixtures was 0.93 (usually 0.94–0.97): a baseline whose 90 % is still over the cap cannot fit
 * after it, so the next quality is tried without spending the rewrite (~25 ms) on it.
 */
const REWRITE_BOUND = 0.9;

/**
 * Encode at the configured quality and rewrite the JPEG as a progressive one (lossless: the same
 * pixels in 3–8 % fewer bytes, jpeg/); over the byte cap, step the quality down by 0.1 until it
 * fits, keeping the size in pixels.
 */
export async function encodeWithinCap(canvas: OffscreenCanvas, options: PhotoOptions): Promise<{ image: EncodedImage; quality: number }> {
	let quality = options.quality;
	for (;;) {
		const image = await encode(canvas, quality);
		const lower = Math.round((quality - 0.1) * 100) / 100;
		const canStepDown = lower >= options.minQuality - 1e-9;
		if (canStepDown && image.bytes.byteLength * REWRITE_BOUND > options.maxBytes) {
			quality = lower;
			continue;
		}
		const compact = { ...image, bytes: toProgressive(image.bytes) };
		if (compact.bytes.byteLength <= options.maxBytes || !canStepDown) return { image: compact, quality };
		quality = lower;
	}
}
