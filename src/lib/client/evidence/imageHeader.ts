import { isStartOfFrame } from '$lib/domain/jpegMarkers';

/**
 * What a file is and how many pixels it holds, read from its first bytes without decoding it. The
 * worker refuses a picture with too many pixels before decoding (a 100 MP image needs 400 MB of
 * memory decoded) and names HEIC when the browser cannot decode it, instead of a vague failure.
 */
export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'unknown';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, from: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(from, from + length));
}

export function sniffImageKind(bytes: Uint8Array): ImageKind {
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
	if (ascii(bytes, 4, 4) === 'ftyp') {
		const brand = ascii(bytes, 8, 4);
		if (AVIF_BRANDS.has(brand)) return 'avif';
		if (HEIF_BRANDS.has(brand)) return 'heic';
	}
	return 'unknown';
}

export interface Dimensions {
	width: number;
	height: number;
}

/** Width and height as stored (before any EXIF rotation), or null when the header does not say. */
export function imageDimensions(bytes: Uint8Array, kind: ImageKind = sniffImageKind(bytes)): Dimensions | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	try {
		switch (kind) {
			case 'jpeg':
				return jpegDimensions(bytes, view);
			case 'png':
				return { width: view.getUint32(16), height: view.getUint32(20) };
			case 'gif':
				return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
			case 'webp':
				return webpDimensions(bytes, view);
			default:
				return null;
		}
	} catch {
		// A DataView read past the end: a truncated header.
		return null;
	}
}

function jpegDimensions(bytes: Uint8Array, view: DataView): Dimensions | null {
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return null;
		const marker = bytes[at + 1] ?? 0;
		// Fill bytes and markers without a length.
		if (marker === 0xff) {
			at += 1;
			continue;
		}
		if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			at += 2;
			continue;
		}
		if (marker === 0xd9 || marker === 0xda) return null;
		if (isStartOfFrame(marker)) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
		at += 2 + view.getUint16(at + 2);
	}
	return null;
}

function webpDimensions(bytes: Uint8Array, view: DataView): Dimensions | null {
	const chunk = ascii(bytes, 12, 4);
	if (chunk === 'VP8X') {
		const width = 1 + (view.getUint16(24, true) | ((bytes[26] ?? 0) << 16));
		const height = 1 + (view.getUint16(27, true) | ((bytes[29] ?? 0) << 16));
		return { width, height };
	}
	if (chunk === 'VP8L') {
		const bits = view.getUint32(21, true);
		return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
	}
	if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
	return null;
}
