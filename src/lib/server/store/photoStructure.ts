import { crc32 } from 'node:zlib';
import { isStartOfFrame } from '$lib/domain/jpegMarkers';
import type { PhotoMime } from './records';
import { webpProblem } from './webpStructure';

/**
 * Whether bytes that start like a JPEG, a PNG or a WebP (webpStructure.ts) are one a reader can open: the file's structure is
 * walked the way a decoder walks it, without decoding the pixels. What the phones send (a canvas
 * JPEG, rewritten progressive) always passes; a file with the right first bytes and anything after
 * them (a renamed document, a cut-off upload that happens to hash right) does not.
 *
 * JPEG: SOI, then marker segments whose lengths stay inside the file, a quantization table, a frame
 * header (SOFn) with a size, at least one scan (SOS), and the end marker (EOI) after it.
 * PNG: the signature, IHDR first with a sane size, every chunk inside the file with a correct CRC,
 * at least one IDAT, and IEND last.
 *
 * Returns null when readable, else why not (for the error message and the logs). The picture's size,
 * as its header gives it, is written to `size` when one is read.
 */
export function photoStructureProblem(mime: PhotoMime, bytes: Uint8Array, size: PhotoSize = { width: 0, height: 0 }): string | null {
	if (mime === 'image/png') return pngProblem(bytes, size);
	if (mime === 'image/webp') return webpProblem(bytes, size);
	return jpegProblem(bytes, size);
}

export interface PhotoSize {
	width: number;
	height: number;
}

/** 100 megapixels: far beyond a phone photo, and what a decoder would refuse to allocate anyway. */
const MAX_PIXELS = 100_000_000;

function jpegProblem(bytes: Uint8Array, size: PhotoSize): string | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'no JPEG start marker';
	let at = 2;
	let quantization = false;
	let frame = false;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return `no marker where one must be (byte ${at})`;
		const marker = bytes[at + 1] ?? 0;
		if (marker === 0xff) {
			at += 1; // fill byte
			continue;
		}
		if (marker === 0xd9) return 'the image ends before its first scan';
		const length = view.getUint16(at + 2);
		if (length < 2 || at + 2 + length > bytes.length) return `a segment runs past the end of the file (byte ${at})`;
		if (marker === 0xdb) quantization = true;
		if (isStartOfFrame(marker)) {
			if (length < 8) return 'a frame header too short to hold a size';
			const height = view.getUint16(at + 5);
			const width = view.getUint16(at + 7);
			if (width === 0 || height === 0) return 'a frame of zero width or height';
			if (width * height > MAX_PIXELS) return `a frame of ${width}×${height} pixels`;
			// Several frame headers (a thumbnail, or a trick): the largest is what a reader may allocate.
			Object.assign(size, { width: Math.max(size.width, width), height: Math.max(size.height, height) });
			frame = true;
		}
		if (marker === 0xda) {
			if (!frame) return 'a scan before the frame header';
			if (!quantization) return 'no quantization table';
			// The entropy-coded data runs to the end; a complete file closes with EOI (anything a
			// camera appends after it is allowed).
			return hasEndMarkerAfter(bytes, at + 2 + length) ? null : 'no end marker after the scan (the file is cut off)';
		}
		at += 2 + length;
	}
	return 'the file ends before its first scan';
}

function hasEndMarkerAfter(bytes: Uint8Array, from: number): boolean {
	for (let i = bytes.length - 2; i >= from; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
	return false;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngProblem(bytes: Uint8Array, size: PhotoSize): string | null {
	if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'no PNG signature';
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 8;
	let index = 0;
	let imageData = false;
	while (at + 12 <= bytes.length) {
		const length = view.getUint32(at);
		const type = latin1.toString('latin1', at + 4, at + 8);
		const end = at + 12 + length;
		if (end > bytes.length) return `the ${type} chunk runs past the end of the file`;
		const stored = view.getUint32(at + 8 + length);
		if (crc32(latin1.subarray(at + 4, at + 8 + length)) !== stored) return `the ${type} chunk is damaged (CRC)`;
		if (index === 0) {
			if (type !== 'IHDR' || length !== 13) return 'the header chunk (IHDR) is not first';
			const width = view.getUint32(at + 8);
			const height = view.getUint32(at + 12);
			if (width === 0 || height === 0) return 'an image of zero width or height';
			if (width * height > MAX_PIXELS) return `an image of ${width}×${height} pixels`;
			Object.assign(size, { width, height });
		}
		if (type === 'IDAT') imageData = true;
		if (type === 'IEND') return imageData ? null : 'no image data (IDAT)';
		at = end;
		index++;
	}
	return 'no end chunk (IEND): the file is cut off';
}
