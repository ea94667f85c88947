import { findTiff, readAscii, readIfd, TYPE_LONG, TYPE_RATIONAL, type IfdEntry, type Tiff } from './exifTiff';

/**
 * Where a JPEG says it was taken, from its EXIF GPS IFD. Read in the photo worker before
 * re-encoding strips every tag, and kept in the app's own record: a gallery photo's own position
 * may be far from the agency (photoFlags.ts) while the phone's position when it was added is not.
 */

const TAG_GPS_IFD = 0x8825;
const TAG_LATITUDE_REF = 1;
const TAG_LATITUDE = 2;
const TAG_LONGITUDE_REF = 3;
const TAG_LONGITUDE = 4;

/** The EXIF position in decimal degrees, or null when the file has none (or a damaged or impossible one). */
export function exifLocation(bytes: Uint8Array): { lat: number; lng: number } | null {
	const tiff = findTiff(bytes);
	if (!tiff) return null;
	try {
		const ifd0 = readIfd(tiff, tiff.view.getUint32(tiff.start + 4, tiff.little));
		const pointer = ifd0.get(TAG_GPS_IFD);
		if (!pointer || pointer.type !== TYPE_LONG) return null;
		const gps = readIfd(tiff, tiff.view.getUint32(pointer.valueAt, tiff.little));
		const lat = degrees(tiff, gps.get(TAG_LATITUDE), readAscii(tiff, gps.get(TAG_LATITUDE_REF)), 'N', 'S', 90);
		const lng = degrees(tiff, gps.get(TAG_LONGITUDE), readAscii(tiff, gps.get(TAG_LONGITUDE_REF)), 'E', 'W', 180);
		if (lat === null || lng === null) return null;
		// 0,0 is what phones write when the GPS had no fix yet (a point in the Gulf of Guinea).
		if (lat === 0 && lng === 0) return null;
		return { lat, lng };
	} catch {
		// An offset pointing outside the segment: damaged EXIF, treated as none.
		return null;
	}
}

/** Degrees, minutes, seconds (three RATIONALs) with their hemisphere letter, as signed decimal degrees. */
function degrees(tiff: Tiff, entry: IfdEntry | undefined, ref: string | null, plus: string, minus: string, max: number): number | null {
	if (!entry || entry.type !== TYPE_RATIONAL || entry.count !== 3 || (ref !== plus && ref !== minus)) return null;
	const parts: number[] = [];
	for (let k = 0; k < 3; k++) {
		const numerator = tiff.view.getUint32(entry.valueAt + 8 * k, tiff.little);
		const denominator = tiff.view.getUint32(entry.valueAt + 8 * k + 4, tiff.little);
		if (denominator === 0) return null;
		parts.push(numerator / denominator);
	}
	const [d = 0, m = 0, s = 0] = parts;
	const value = d + m / 60 + s / 3600;
	if (!Number.isFinite(value) || value > max || m >= 60 || s >= 60) return null;
	return ref === minus ? -value : value;
}
