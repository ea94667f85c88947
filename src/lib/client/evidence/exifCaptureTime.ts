/**
 * When a JPEG was taken, from its EXIF DateTimeOriginal (and OffsetTimeOriginal when the camera
 * wrote one). The stored photo is re-encoded without any EXIF (privacy: no serial numbers, no GPS
 * the inspector did not mean to share), so the capture time has to be read here and kept in the
 * app's own metadata.
 *
 * Our own reader rather than a library: two tags need about a hundred lines, while general EXIF
 * libraries (exifr, exifreader) add 20–60 KB to the worker for formats and tags we never read.
 */

import { findTiff, readAscii, readIfd, TYPE_LONG } from './exifTiff';

const TAG_EXIF_IFD = 0x8769;
const TAG_DATE_TIME_ORIGINAL = 0x9003;
const TAG_DATE_TIME_DIGITIZED = 0x9004;
const TAG_OFFSET_TIME_ORIGINAL = 0x9011;
const TAG_OFFSET_TIME_DIGITIZED = 0x9012;

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
