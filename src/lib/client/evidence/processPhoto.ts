import { sha256Hex } from '$lib/domain/sha256';
import { exifCaptureTime } from './exifCaptureTime';
import { exifLocation } from './exifLocation';
import { encodeWithinCap } from './encodeWithinCap';
import { exifOrientation } from './exifOrientation';
import { imageDimensions, sniffImageKind, type Dimensions, type ImageKind } from './imageHeader';
import { bitmapCanvas, draw, encode, fitLongEdge } from './photoCanvas';
import { mayBeOverCap, samplePicture, sizeEstimate } from './photoSample';
import { webpWhereItWins } from './webpWhereItWins';
import type { SizeEstimate } from './qualityLadder';
import type { PhotoFailureReason, PhotoStage, ProcessResult } from './photoMessages';
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
 * writes a bare JPEG or WebP: no EXIF survives, so no camera serial or GPS leaves the phone by
 * accident (capture time and position are read from the source's head above, before encoding).
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
	// A JPEG's upright size is known before decoding (header and EXIF orientation): it is decoded
	// straight to the size it is stored at. createImageBitmap resizes with the same filter as a
	// drawImage at 'high' (the same pixels out), without a 12 MP canvas copy in between.
	// (A header without a size, e.g. height 0 until a DNL marker, is left to the decoder.)
	const known = kind === 'jpeg' && stored && stored.width > 0 && stored.height > 0 ? stored : null;
	const orientation = known ? exifOrientation(head) : null;
	const target = known && orientation !== null ? fitLongEdge(uprightSize(known, orientation), options.longEdge) : null;

	onStage('decoding');
	const bitmap = await decode(file, kind, target);
	try {
		if (bitmap.width * bitmap.height > options.maxPixels) {
			throw new PhotoFailure('too-many-pixels', `${bitmap.width}×${bitmap.height} pixels`);
		}
		onStage('encoding');
		// The picture at its stored size: the bitmap itself when it was decoded straight to it
		// (drawn upright), else a canvas it is resized onto (on white). The thumbnail is drawn from
		// it (a fraction of the work, and a two-step downscale looks better), and so is the sample
		// that predicts the JPEG's size (photoSample.ts).
		const atSize = target !== null && bitmap.width === target.width && bitmap.height === target.height;
		let canvas = atSize ? null : draw(bitmap, options.longEdge);
		const picture = canvas ?? bitmap;
		// A canvas encodes mostly on this thread, inside convertToBlob (~15 of the ~18 ms at 1600 px,
		// measured in Chromium): nothing below overlaps, so what counts is doing less of it.
		const thumbCanvas = draw(picture, options.thumbLongEdge);
		const thumb = await encode(thumbCanvas, options.thumbQuality);
		// Only a picture that may be over the cap is worth a sample (photoSample.ts).
		const sample = mayBeOverCap(thumb, picture, options.maxBytes) ? samplePicture(picture) : null;
		// Nothing to flatten (no transparency in a JPEG) or turn: the bitmap is encoded as it is,
		// with no copy. (Chromium keeps a turned bitmap's pixels as stored and a bitmaprenderer
		// canvas shows them so, unturned: those are drawn instead.)
		canvas ??= orientation === 1 ? bitmapCanvas(bitmap) : draw(bitmap, options.longEdge);
		const estimate = sample && remembered(sizeEstimate(sample));
		const { image, quality } = (await webpWhereItWins(canvas, options, estimate)) ?? (await encodeWithinCap(canvas, options, estimate));
		onStage('hashing');
		const sha256 = await sha256Hex(image.bytes);
		return {
			image,
			thumb,
			sha256,
			capturedAt: kind === 'jpeg' ? exifCaptureTime(head) : null,
			exifLocation: kind === 'jpeg' ? exifLocation(head) : null,
			source: { kind, width: stored?.width ?? bitmap.width, height: stored?.height ?? bitmap.height, bytes: file.size },
			quality
		};
	} finally {
		bitmap.close();
	}
}

/** Each quality's estimate made once: the WebP choice and the JPEG's ladder may both ask for it. */
function remembered(estimate: SizeEstimate): SizeEstimate {
	const known = new Map<number, Promise<number>>();
	return (quality) => {
		const bytes = known.get(quality) ?? estimate(quality);
		known.set(quality, bytes);
		return bytes;
	};
}

/** The size as shown: EXIF orientations 5–8 turn the picture a quarter. */
function uprightSize(stored: Dimensions, orientation: number): Dimensions {
	return orientation >= 5 ? { width: stored.height, height: stored.width } : stored;
}

async function decode(file: Blob, kind: ImageKind, size: Dimensions | null): Promise<ImageBitmap> {
	try {
		const upright = { imageOrientation: 'from-image' } as const;
		if (!size) return await createImageBitmap(file, upright);
		return await createImageBitmap(file, { ...upright, resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
	} catch (error) {
		const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		if (kind === 'heic') throw new PhotoFailure('heic', detail);
		if (kind === 'avif' || kind === 'webp') throw new PhotoFailure('unsupported', detail);
		if (kind === 'unknown') throw new PhotoFailure('not-image', detail);
		throw new PhotoFailure('broken', detail);
	}
}
