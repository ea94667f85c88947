import type { PhotoSize } from './photoStructure';

/** 100 megapixels, as for JPEG and PNG (photoStructure.ts). */
const MAX_PIXELS = 100_000_000;

/**
 * Whether bytes that start like a WebP are one a reader can open, walked the way a decoder walks
 * them, without decoding the pixels. What the phones send (Chromium's canvas: a RIFF container with
 * one lossy VP8 chunk) always passes.
 *
 * The RIFF header ("RIFF", its size, "WEBP") with a size that fits the file; every chunk inside it;
 * the first chunk VP8 (lossy), VP8L (lossless) or VP8X (extended: then a VP8 or VP8L chunk must
 * follow, and an animation is refused: evidence is one picture); the picture's size read from the
 * image chunk's own header (VP8: its start code 9d 01 2a; VP8L: its signature 0x2f).
 */
export function webpProblem(bytes: Uint8Array, size: PhotoSize): string | null {
	if (bytes.length < 20) return 'too short for a WebP';
	if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 12) !== 'WEBP') return 'no RIFF/WEBP header';
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const riffEnd = 8 + view.getUint32(4, true);
	if (riffEnd > bytes.length) return 'the RIFF container runs past the end of the file (the file is cut off)';
	let at = 12;
	let first = true;
	let extended = false;
	while (at + 8 <= riffEnd) {
		const type = ascii(bytes, at, at + 4);
		const length = view.getUint32(at + 4, true);
		const data = at + 8;
		if (data + length > riffEnd) return `the ${type.trim()} chunk runs past the end of the file`;
		if (first) {
			if (type !== 'VP8 ' && type !== 'VP8L' && type !== 'VP8X') return 'the first chunk is not VP8, VP8L or VP8X';
			first = false;
		}
		if (type === 'VP8X') {
			if (length < 10) return 'a VP8X chunk too short to hold a size';
			if ((bytes[data] ?? 0) & 0x02) return 'an animated WebP (evidence is one picture)';
			extended = true;
		}
		if (type === 'ANIM' || type === 'ANMF') return 'an animated WebP (evidence is one picture)';
		if (type === 'VP8 ' || type === 'VP8L') {
			const read = type === 'VP8 ' ? vp8Size(bytes, data, length) : vp8lSize(bytes, data, length);
			if (typeof read === 'string') return read;
			if (read.width * read.height > MAX_PIXELS) return `an image of ${read.width}×${read.height} pixels`;
			Object.assign(size, read);
			return null;
		}
		if (!extended && type !== 'VP8X') return `a ${type.trim()} chunk before the image`;
		at = data + length + (length % 2);
	}
	return 'no image chunk (VP8 or VP8L): the file is cut off';
}

/** VP8 key frame: a 3-byte frame tag, the start code 9d 01 2a, then 14-bit width and height. */
function vp8Size(bytes: Uint8Array, at: number, length: number): { width: number; height: number } | string {
	if (length < 10) return 'a VP8 chunk too short to hold a frame header';
	if ((bytes[at] ?? 1) & 0x01) return 'the VP8 frame is not a key frame';
	if (bytes[at + 3] !== 0x9d || bytes[at + 4] !== 0x01 || bytes[at + 5] !== 0x2a) return 'no VP8 start code';
	const width = ((bytes[at + 6] ?? 0) | ((bytes[at + 7] ?? 0) << 8)) & 0x3fff;
	const height = ((bytes[at + 8] ?? 0) | ((bytes[at + 9] ?? 0) << 8)) & 0x3fff;
	if (width === 0 || height === 0) return 'an image of zero width or height';
	return { width, height };
}

/** VP8L: the signature 0x2f, then width − 1 and height − 1 in 14 bits each (little-endian bits). */
function vp8lSize(bytes: Uint8Array, at: number, length: number): { width: number; height: number } | string {
	if (length < 5) return 'a VP8L chunk too short to hold a header';
	if (bytes[at] !== 0x2f) return 'no VP8L signature';
	const bits = (bytes[at + 1] ?? 0) | ((bytes[at + 2] ?? 0) << 8) | ((bytes[at + 3] ?? 0) << 16) | ((bytes[at + 4] ?? 0) << 24);
	return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
	return String.fromCharCode(...bytes.subarray(from, to));
}
