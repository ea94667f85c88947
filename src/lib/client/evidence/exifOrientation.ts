/**
 * The EXIF orientation of a JPEG (1–8), read from its first bytes as browsers read it: tag 0x0112
 * in IFD0 of the first APP1 "Exif" segment, a SHORT of 1..8. The worker needs it before decoding
 * so it can ask for the upright stored size in the same call (processPhoto.ts).
 *
 * 1 means "no turn" and is also the answer for a JPEG without EXIF. null means "cannot tell"
 * (the segment lies beyond the bytes given, or is damaged): the caller then lets the decoder
 * find out, at some cost in time, rather than guess.
 */
const TAG_ORIENTATION = 0x0112;
const TYPE_SHORT = 3;

export function exifOrientation(bytes: Uint8Array): number | null {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	try {
		let at = 2;
		while (at + 4 <= bytes.length) {
			if (bytes[at] !== 0xff) return null;
			const marker = bytes[at + 1] ?? 0;
			if (marker === 0xff) {
				at += 1;
				continue;
			}
			// The image data starts: there was no EXIF.
			if (marker === 0xda || marker === 0xd9) return 1;
			const length = view.getUint16(at + 2);
			const body = at + 4;
			if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(body, body + 6)) === 'Exif\0\0') {
				if (at + 2 + length > bytes.length) return null;
				return ifd0Orientation(new DataView(bytes.buffer, bytes.byteOffset + body + 6, length - 8));
			}
			at += 2 + length;
		}
		return null;
	} catch {
		// A read past the end: damaged, or cut off by the caller.
		return null;
	}
}

function ifd0Orientation(tiff: DataView): number | null {
	const order = tiff.getUint16(0);
	if (order !== 0x4949 && order !== 0x4d4d) return null;
	const little = order === 0x4949;
	if (tiff.getUint16(2, little) !== 42) return null;
	const ifd = tiff.getUint32(4, little);
	const count = tiff.getUint16(ifd, little);
	for (let k = 0; k < count; k++) {
		const entry = ifd + 2 + k * 12;
		if (tiff.getUint16(entry, little) !== TAG_ORIENTATION) continue;
		if (tiff.getUint16(entry + 2, little) !== TYPE_SHORT || tiff.getUint32(entry + 4, little) !== 1) return null;
		const value = tiff.getUint16(entry + 8, little);
		return value >= 1 && value <= 8 ? value : null;
	}
	return 1;
}
