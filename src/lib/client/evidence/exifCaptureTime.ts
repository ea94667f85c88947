/**
 * When a JPEG was taken, from its EXIF DateTimeOriginal (and OffsetTimeOriginal when the camera
 * wrote one). The stored photo is re-encoded without any EXIF (privacy: no serial numbers, no GPS
 * the inspector did not mean to share), so the capture time has to be read here and kept in the
 * app's own metadata.
 *
 * Our own reader rather than a library: two tags need about a hundred lines, while general EXIF
 * libraries (exifr, exifreader) add 20–60 KB to the worker for formats and tags we never read.
 */

const TAG_EXIF_IFD = 0x8769;
const TAG_DATE_TIME_ORIGINAL = 0x9003;
const TAG_DATE_TIME_DIGITIZED = 0x9004;
const TAG_OFFSET_TIME_ORIGINAL = 0x9011;
const TAG_OFFSET_TIME_DIGITIZED = 0x9012;
const TYPE_ASCII = 2;
const TYPE_LONG = 4;

interface Tiff {
	view: DataView;
	/** Offset of the TIFF header in `view`: EXIF offsets count from here. */
	start: number;
	little: boolean;
}

interface IfdEntry {
	type: number;
	count: number;
	/** Where the value is: inline in the entry (≤ 4 bytes) or at the offset it holds. */
	valueAt: number;
}

/**
 * The capture time as an ISO instant, or null when there is no readable one. Without an offset tag
 * the time is the camera's wall clock, read as local time on this device (the phone that took it).
 */
export function exifCaptureTime(bytes: Uint8Array): string | null {
	const tiff = findTiff(bytes);
	if (!tiff) return null;
	try {
		const ifd0 = readIfd(tiff, tiff.view.getUint32(tiff.start + 4, tiff.little));
		const pointer = ifd0.get(TAG_EXIF_IFD);
		if (!pointer || pointer.type !== TYPE_LONG) return null;
		const exif = readIfd(tiff, tiff.view.getUint32(pointer.valueAt, tiff.little));
		const original = readAscii(tiff, exif.get(TAG_DATE_TIME_ORIGINAL));
		const offset = readAscii(tiff, exif.get(original ? TAG_OFFSET_TIME_ORIGINAL : TAG_OFFSET_TIME_DIGITIZED));
		return toInstant(original ?? readAscii(tiff, exif.get(TAG_DATE_TIME_DIGITIZED)), offset);
	} catch {
		// An offset pointing outside the segment: damaged EXIF, treated as none.
		return null;
	}
}

/** The TIFF structure inside the APP1 "Exif" segment, which comes before the image data. */
function findTiff(bytes: Uint8Array): Tiff | null {
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

function readIfd(tiff: Tiff, offset: number): Map<number, IfdEntry> {
	const { view, start, little } = tiff;
	const at = start + offset;
	const count = view.getUint16(at, little);
	const entries = new Map<number, IfdEntry>();
	for (let k = 0; k < count; k++) {
		const entry = at + 2 + k * 12;
		const type = view.getUint16(entry + 2, little);
		const n = view.getUint32(entry + 4, little);
		const size = type === TYPE_ASCII ? n : 4;
		const valueAt = size <= 4 ? entry + 8 : start + view.getUint32(entry + 8, little);
		entries.set(view.getUint16(entry, little), { type, count: n, valueAt });
	}
	return entries;
}

function readAscii(tiff: Tiff, entry: IfdEntry | undefined): string | null {
	if (!entry || entry.type !== TYPE_ASCII || entry.valueAt + entry.count > tiff.view.byteLength) return null;
	let text = '';
	for (let k = 0; k < entry.count; k++) {
		const code = tiff.view.getUint8(entry.valueAt + k);
		if (code === 0) break;
		text += String.fromCharCode(code);
	}
	return text.trim() || null;
}

function toInstant(dateTime: string | null, offset: string | null): string | null {
	const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(dateTime ?? '');
	if (!match) return null;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
	// Cameras with an unset clock write zeros; such a time says nothing.
	if (year < 1990 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	const local = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}`;
	const date = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? new Date(`${local}${offset}`) : new Date(local);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
