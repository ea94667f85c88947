import { sha256Hex } from '$lib/domain/sha256';
import { exifCaptureTime } from './exifCaptureTime';
import { imageDimensions, sniffImageKind, type ImageKind } from './imageHeader';
import type { EncodedImage, PhotoFailureReason, PhotoStage, ProcessResult } from './photoMessages';
import type { PhotoOptions } from './photoOptions';

/** EXIF (APP1) and the frame header sit at the start of a JPEG; 256 KB covers large ICC profiles too. */
const HEAD_BYTES = 256 * 1024;

class PhotoFailure extends Error {
	constructor(
		readonly reason: PhotoFailureReason,
		detail: string
	) {
		super(detail);
	}
}

/**
 * One photo, from the file the inspector picked to the bytes that are stored. Runs in the photo
 * worker (OffscreenCanvas), so decoding a 12 MP picture never blocks the form.
 *
 * Decoding applies the EXIF orientation (`imageOrientation: 'from-image'`), and encoding on a canvas
 * writes a bare JPEG: no EXIF survives, so no camera serial or GPS leaves the phone by accident.
 */
export async function processPhoto(
	file: Blob,
	options: PhotoOptions,
	onStage: (stage: PhotoStage) => void = () => {}
): Promise<ProcessResult> {
	try {
		return { ok: true, photo: await run(file, options, onStage) };
	} catch (error) {
		if (error instanceof PhotoFailure) return { ok: false, reason: error.reason, detail: error.message };
		return { ok: false, reason: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
	}
}

async function run(file: Blob, options: PhotoOptions, onStage: (stage: PhotoStage) => void) {
	if (file.size === 0) throw new PhotoFailure('empty', 'The file is empty');
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	const kind = sniffImageKind(head);
	const stored = imageDimensions(head, kind);
	if (stored && stored.width * stored.height > options.maxPixels) {
		throw new PhotoFailure('too-many-pixels', `${stored.width}×${stored.height} pixels`);
	}

	onStage('decoding');
	const bitmap = await decode(file, kind);
	try {
		if (bitmap.width * bitmap.height > options.maxPixels) {
			throw new PhotoFailure('too-many-pixels', `${bitmap.width}×${bitmap.height} pixels`);
		}
		onStage('encoding');
		const large = draw(bitmap, options.longEdge);
		const { image, quality } = await encodeWithinCap(large, options);
		onStage('hashing');
		// The thumbnail from the 1600 px canvas (a fraction of the work, and a two-step downscale looks
		// better), encoded while the stored bytes are hashed.
		const [thumb, sha256] = await Promise.all([encode(draw(large, options.thumbLongEdge), options.thumbQuality), sha256Hex(image.bytes)]);
		return {
			image,
			thumb,
			sha256,
			capturedAt: kind === 'jpeg' ? exifCaptureTime(head) : null,
			source: { kind, width: stored?.width ?? bitmap.width, height: stored?.height ?? bitmap.height, bytes: file.size },
			quality
		};
	} finally {
		bitmap.close();
	}
}

async function decode(file: Blob, kind: ImageKind): Promise<ImageBitmap> {
	try {
		return await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch (error) {
		const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		if (kind === 'heic') throw new PhotoFailure('heic', detail);
		if (kind === 'avif' || kind === 'webp') throw new PhotoFailure('unsupported', detail);
		if (kind === 'unknown') throw new PhotoFailure('not-image', detail);
		throw new PhotoFailure('broken', detail);
	}
}

/** The picture scaled so its long edge is at most `longEdge` (never enlarged), on a white ground. */
function draw(source: ImageBitmap | OffscreenCanvas, longEdge: number): OffscreenCanvas {
	const scale = Math.min(1, longEdge / Math.max(source.width, source.height));
	const width = Math.max(1, Math.round(source.width * scale));
	const height = Math.max(1, Math.round(source.height * scale));
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d', { alpha: false });
	if (!context) throw new PhotoFailure('failed', 'No 2D context for OffscreenCanvas');
	// Transparent PNGs would turn black in a JPEG.
	context.fillStyle = '#fff';
	context.fillRect(0, 0, width, height);
	context.imageSmoothingEnabled = true;
	context.imageSmoothingQuality = 'high';
	context.drawImage(source, 0, 0, width, height);
	return canvas;
}

async function encode(canvas: OffscreenCanvas, quality: number): Promise<EncodedImage> {
	const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
	return { mime: 'image/jpeg', bytes: await blob.arrayBuffer(), width: canvas.width, height: canvas.height };
}

/** Encode at the configured quality; over the byte cap, step the quality down until it fits. */
async function encodeWithinCap(canvas: OffscreenCanvas, options: PhotoOptions): Promise<{ image: EncodedImage; quality: number }> {
	let quality = options.quality;
	let image = await encode(canvas, quality);
	while (image.bytes.byteLength > options.maxBytes && quality - 0.1 >= options.minQuality - 1e-9) {
		quality = Math.round((quality - 0.1) * 100) / 100;
		image = await encode(canvas, quality);
	}
	return { image, quality };
}
