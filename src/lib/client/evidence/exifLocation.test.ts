import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exifCaptureTime } from './exifCaptureTime';
import { exifLocation } from './exifLocation';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/photos/${name}`));

interface Gps {
	latRef?: string | undefined;
	lat?: [number, number][];
	lngRef?: string;
	lng?: [number, number][];
	/** Write the GPS pointer as a SHORT instead of a LONG, or point it outside the segment. */
	pointer?: 'short' | 'outside';
}

/** A JPEG head whose EXIF has IFD0 → GPS IFD (and DateTimeOriginal via the EXIF IFD), by hand, in either byte order. */
function jpegWithGps(gps: Gps, little: boolean): Uint8Array {
	const tiff = new DataView(new ArrayBuffer(512));
	tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
	tiff.setUint16(2, 42, little);
	tiff.setUint32(4, 8, little);
	// IFD0 at 8: two entries (EXIF IFD at 100, GPS IFD at 200).
	tiff.setUint16(8, 2, little);
	const entry = (at: number, tag: number, type: number, count: number, value: number) => {
		tiff.setUint16(at, tag, little);
		tiff.setUint16(at + 2, type, little);
		tiff.setUint32(at + 4, count, little);
		if (type === 3 && count === 1) tiff.setUint16(at + 8, value, little);
		else tiff.setUint32(at + 8, value, little);
	};
	entry(10, 0x8769, 4, 1, 100);
	entry(22, 0x8825, gps.pointer === 'short' ? 3 : 4, 1, gps.pointer === 'outside' ? 60_000 : 200);
	// EXIF IFD at 100: DateTimeOriginal at 130.
	tiff.setUint16(100, 1, little);
	entry(102, 0x9003, 2, 20, 130);
	[...'2026:03:02 09:00:00\0'].forEach((c, i) => tiff.setUint8(130 + i, c.charCodeAt(0)));
	// GPS IFD at 200: refs inline, rationals at 300 and 330.
	const ascii = (s: string) => s.charCodeAt(0);
	const gpsEntries: [number, number, number, number, number][] = [];
	if (gps.latRef) gpsEntries.push([1, 2, 2, 0, ascii(gps.latRef)]);
	if (gps.lat) gpsEntries.push([2, 5, gps.lat.length, 300, 0]);
	if (gps.lngRef) gpsEntries.push([3, 2, 2, 0, ascii(gps.lngRef)]);
	if (gps.lng) gpsEntries.push([4, 5, gps.lng.length, 330, 0]);
	tiff.setUint16(200, gpsEntries.length, little);
	gpsEntries.forEach(([tag, type, count, offset, char], k) => {
		const at = 202 + k * 12;
		tiff.setUint16(at, tag, little);
		tiff.setUint16(at + 2, type, little);
		tiff.setUint32(at + 4, count, little);
		if (type === 2) tiff.setUint8(at + 8, char);
		else tiff.setUint32(at + 8, offset, little);
	});
	const rationals = (at: number, values: [number, number][] | undefined) =>
		values?.forEach(([n, d], k) => {
			tiff.setUint32(at + 8 * k, n, little);
			tiff.setUint32(at + 8 * k + 4, d, little);
		});
	rationals(300, gps.lat);
	rationals(330, gps.lng);
	const body = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat([...new Uint8Array(tiff.buffer, 0, 360)]);
	const length = body.length + 2;
	return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...body, 0xff, 0xd9]);
}

// Hà Nội, Hoàn Kiếm: 21° 1' 42.6" N, 105° 51' 15.12" E.
const HANOI: Gps = {
	latRef: 'N',
	lat: [
		[21, 1],
		[1, 1],
		[4260, 100]
	],
	lngRef: 'E',
	lng: [
		[105, 1],
		[51, 1],
		[1512, 100]
	]
};

describe('EXIF GPS position', () => {
	it('reads degrees, minutes and seconds in both byte orders', () => {
		for (const little of [true, false]) {
			const at = exifLocation(jpegWithGps(HANOI, little));
			expect(at?.lat).toBeCloseTo(21.0285, 4);
			expect(at?.lng).toBeCloseTo(105.8542, 4);
		}
	});

	it('signs the southern and western hemispheres', () => {
		const at = exifLocation(jpegWithGps({ ...HANOI, latRef: 'S', lngRef: 'W' }, true));
		expect(at?.lat).toBeCloseTo(-21.0285, 4);
		expect(at?.lng).toBeCloseTo(-105.8542, 4);
	});

	it('still reads the capture time through the shared TIFF reader', () => {
		expect(exifCaptureTime(jpegWithGps(HANOI, false))).toBe('2026-03-02T02:00:00.000Z');
	});

	it('gives null for the fixtures, which carry no GPS, and for files that are not JPEGs', () => {
		expect(exifLocation(fixture('konica-minolta-dimage-z5-original.jpg'))).toBeNull();
		expect(exifLocation(fixture('sony-rx100m4-12mp.jpg'))).toBeNull();
		expect(exifLocation(fixture('sony-rx100m4-12mp-no-exif.jpg'))).toBeNull();
		expect(exifLocation(fixture('not-a-photo.jpg'))).toBeNull();
		expect(exifLocation(fixture('iphone-format.heic'))).toBeNull();
	});

	it('gives null for missing refs, zero denominators, impossible values, 0,0 and damaged pointers', () => {
		expect(exifLocation(jpegWithGps({ ...HANOI, latRef: undefined }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, latRef: 'X' }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, lat: [[21, 0], [1, 1], [0, 1]] }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, lat: [[95, 1], [0, 1], [0, 1]] }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, lat: [[21, 1], [1, 1]] }, true))).toBeNull();
		const zero: [number, number][] = [[0, 1], [0, 1], [0, 1]];
		expect(exifLocation(jpegWithGps({ ...HANOI, lat: zero, lng: zero }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, pointer: 'short' }, true))).toBeNull();
		expect(exifLocation(jpegWithGps({ ...HANOI, pointer: 'outside' }, true))).toBeNull();
		expect(exifLocation(jpegWithGps(HANOI, true).subarray(0, 60))).toBeNull();
	});
});
