/**
 * The TIFF structure inside a JPEG's APP1 "Exif" segment, read just enough for the few tags the app
 * keeps before re-encoding strips them (exifCaptureTime.ts, exifLocation.ts). Offsets are checked
 * against the segment: a damaged EXIF throws a RangeError, which the readers treat as none.
 */

export const TYPE_ASCII = 2;
export const TYPE_LONG = 4;
export const TYPE_RATIONAL = 5;

/** Bytes per value of each TIFF type (unknown types count as 4, which keeps them inline). */
const TYPE_SIZE: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

export interface Tiff {
	view: DataView;
	/** Offset of the TIFF header in `view`: EXIF offsets count from here. */
	start: number;
	little: boolean;
}

export interface IfdEntry {
	type: number;
	count: number;
	/** Where the value is: inline in the entry (≤ 4 bytes) or at the offset it holds. */
	valueAt: number;
}

/** The TIFF structure inside the APP1 "Exif" segment, which comes before the image data. */
export function findTiff(bytes: Uint8Array): Tiff | null {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 2;
	while (at + 4 <= bytes.length && bytes[at] === 0xff) {
		const marker = bytes[at + 1] ?? 0;
		if (marker === 0xda || marker === 0xd9) return null;
		const length = view.getUint16(at + 2);
		const body = at + 4;
		if (marker === 0xe1 && body + 14 <= bytes.length && String.fromCharCode(...bytes.subarray(body, body + 6)) === 'Exif\0\0') {
			const start = body + 6;
			const order = view.getUint16(start);
			if (order !== 0x4949 && order !== 0x4d4d) return null;
			const little = order === 0x4949;
			if (view.getUint16(start + 2, little) !== 42) return null;
			// Offsets inside the TIFF must stay inside this segment.
			const end = Math.min(bytes.length, at + 2 + length);
			return { view: new DataView(bytes.buffer, bytes.byteOffset, end), start, little };
		}
		at += 2 + length;
	}
	return null;
}

export function readIfd(tiff: Tiff, offset: number): Map<number, IfdEntry> {
	const { view, start, little } = tiff;
	const at = start + offset;
	const count = view.getUint16(at, little);
	const entries = new Map<number, IfdEntry>();
	for (let k = 0; k < count; k++) {
		const entry = at + 2 + k * 12;
		const type = view.getUint16(entry + 2, little);
		const n = view.getUint32(entry + 4, little);
		// A value is inline when it fits the entry's 4 bytes (a RATIONAL never does).
		const size = (TYPE_SIZE[type] ?? 4) * n;
		const valueAt = size <= 4 ? entry + 8 : start + view.getUint32(entry + 8, little);
		entries.set(view.getUint16(entry, little), { type, count: n, valueAt });
	}
	return entries;
}

export function readAscii(tiff: Tiff, entry: IfdEntry | undefined): string | null {
	if (!entry || entry.type !== TYPE_ASCII || entry.valueAt + entry.count > tiff.view.byteLength) return null;
	let text = '';
	for (let k = 0; k < entry.count; k++) {
		const code = tiff.view.getUint8(entry.valueAt + k);
		if (code === 0) break;
		text += String.fromCharCode(code);
	}
	return text.trim() || null;
}

