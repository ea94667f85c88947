/**
 * How photos are stored. Defaults: 1600 px on the long edge is enough to read a name badge or a
 * notice board at arm's length; JPEG quality 0.75 keeps a typical 12 MP phone photo near 250 KB
 * (ODK Collect re-encodes at 80). Every JPEG is then rewritten losslessly as a progressive one, 3–8 %
 * smaller (encodeWithinCap.ts). A very detailed scene (the painted-canvas fixtures) still comes out
 * near 430 KB, so a cap on the bytes keeps every photo light enough for a weak connection: over it,
 * the quality steps down by 0.1 (never below the floor) while the size in pixels stays.
 */
export interface PhotoOptions {
	/** Longest side of the stored image, in pixels. */
	longEdge: number;
	/** JPEG quality, 0..1. */
	quality: number;
	/** Stored images above this many bytes are encoded again at a lower quality. */
	maxBytes: number;
	/** The lowest quality the byte cap may step down to. */
	minQuality: number;
	/**
	 * WebP quality, 0..1, used instead of the JPEG where the canvas writes WebP (Chromium; not
	 * Safari) for pictures of the family where WebP wins (webpWhereItWins.ts). null: JPEG only. 0.80 is the lowest ladder step at which both
	 * photos of printed documents matched today's JPEG 0.75 in luma PSNR and SSIM (bench/README.md).
	 */
	webpQuality: number | null;
	thumbLongEdge: number;
	thumbQuality: number;
	/** Pictures with more pixels are refused before decoding (memory: 4 bytes per pixel). */
	maxPixels: number;
}

export const DEFAULT_PHOTO_OPTIONS: Readonly<PhotoOptions> = {
	longEdge: 1600,
	quality: 0.75,
	maxBytes: 400 * 1024,
	minQuality: 0.45,
	webpQuality: 0.8,
	thumbLongEdge: 320,
	thumbQuality: 0.7,
	maxPixels: 50_000_000
};
