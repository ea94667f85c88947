import type { EncodedImage } from './photoMessages';
import type { PhotoOptions } from './photoOptions';
import { canEncodeWebp, encodeWebp } from './webpEncoder';

/**
 * The picture as a WebP when that is smaller than its JPEG, else null (keep the JPEG).
 *
 * Measured at equal luma PSNR and SSIM against the source (bench/README.md), WebP from the canvas
 * takes ×0.48–0.60 of the JPEG's bytes on photos of printed documents (the typical evidence) but
 * more on a smooth photo and on a very detailed one. Rather than guess the kind of picture, both
 * are encoded and the smaller kept: one more encode (~1.5–2× a JPEG's; `npm run bench -- photos`
 * keeps the whole pipeline within its time target).
 *
 * Not tried when the byte cap had to lower the JPEG's quality: such a picture is so detailed that
 * the WebP at options.webpQuality came out ×1.4 of that JPEG on every fixture, an encode thrown away.
 * The WebP must fit the cap itself only through being smaller than a JPEG that does.
 */
export async function smallerAsWebp(
	canvas: OffscreenCanvas,
	jpeg: { image: EncodedImage; quality: number },
	options: PhotoOptions
): Promise<{ image: EncodedImage; quality: number } | null> {
	if (options.webpQuality === null || jpeg.quality < options.quality || !(await canEncodeWebp())) return null;
	const webp = await encodeWebp(canvas, options.webpQuality);
	return webp && webp.bytes.byteLength < jpeg.image.bytes.byteLength ? { image: webp, quality: options.webpQuality } : null;
}
