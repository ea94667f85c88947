import type { EncodedImage } from './photoMessages';
import type { PhotoOptions } from './photoOptions';
import type { SizeEstimate } from './qualityLadder';
import { canEncodeWebp, encodeWebp } from './webpEncoder';

/**
 * A JPEG at most this share of the byte cap marks a picture of the family where WebP wins: on the
 * fixtures, the photos of printed documents and the 5 MP camera photo (JPEG 93–152 KB at 0.75)
 * took ×0.58–0.62 of browser-image-compression's bytes as WebP at 0.80, while the 12 MP painting
 * (JPEG ~430 KB at 0.75, over the cap) took ×1.2 of its JPEG. Pictures in between were not
 * measured: they stay JPEG.
 */
const WEBP_FAMILY_SHARE = 0.5;

/**
 * The picture as a WebP when it is of the family where WebP wins and the canvas writes WebP
 * (Chromium; Safari writes PNG instead, so iPhones keep JPEG), else null: the caller encodes the
 * JPEG as before.
 *
 * Only one of the two is encoded: encoding both and keeping the smaller made the photos bench's
 * pipeline ×1.14 of browser-image-compression's time (target ≤ 0.8), a WebP encode costing ~2× a
 * JPEG's. The family is told without encoding the JPEG: `estimate` (photoSample.ts) predicts the
 * JPEG's size from a sample; without one the picture was judged surely under the cap from its
 * thumbnail, i.e. small. A WebP over the cap (never seen) falls back to the JPEG and its ladder.
 */
export async function webpWhereItWins(canvas: OffscreenCanvas, options: PhotoOptions, estimate: SizeEstimate | null): Promise<{ image: EncodedImage; quality: number } | null> {
	if (options.webpQuality === null || !(await canEncodeWebp())) return null;
	if (estimate && (await estimate(options.quality)) > options.maxBytes * WEBP_FAMILY_SHARE) return null;
	const webp = await encodeWebp(canvas, options.webpQuality);
	return webp && webp.bytes.byteLength <= options.maxBytes ? { image: webp, quality: options.webpQuality } : null;
}
