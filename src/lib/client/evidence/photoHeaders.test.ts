import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exifCaptureTime } from './exifCaptureTime';
import { exifOrientation } from './exifOrientation';
import { imageDimensions, sniffImageKind } from './imageHeader';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/photos/${name}`));

/** A JPEG head with one APP1 EXIF segment, built by hand in either byte order. */
function jpegWithExif(tags: { dateTimeOriginal?: string; offsetTimeOriginal?: string }, little: boolean): Uint8Array {
	const ascii = (s: string) => [...s, '\0'].map((c) => c.charCodeAt(0));
	const entries: [number, number[]][] = [];
	if (tags.dateTimeOriginal) entries.push([0x9003, ascii(tags.dateTimeOriginal)]);
	if (tags.offsetTimeOriginal) entries.push([0x9011, ascii(tags.offsetTimeOriginal)]);
	const tiff = new DataView(new ArrayBuffer(512));
	tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
	tiff.setUint16(2, 42, little);
	tiff.setUint32(4, 8, little);
	// IFD0: one entry, the pointer to the EXIF IFD at 26.
	tiff.setUint16(8, 1, little);
	tiff.setUint16(10, 0x8769, little);
	tiff.setUint16(12, 4, little);
	tiff.setUint32(14, 1, little);
	tiff.setUint32(18, 26, little);
	tiff.setUint16(26, entries.length, little);
	let data = 26 + 2 + entries.length * 12 + 4;
	entries.forEach(([tag, value], k) => {
		const at = 28 + k * 12;
		tiff.setUint16(at, tag, little);
		tiff.setUint16(at + 2, 2, little);
		tiff.setUint32(at + 4, value.length, little);
		tiff.setUint32(at + 8, data, little);
		value.forEach((byte, i) => tiff.setUint8(data + i, byte));
		data += value.length;
	});
	const body = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat([...new Uint8Array(tiff.buffer, 0, data)]);
	const length = body.length + 2;
	return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...body, 0xff, 0xd9]);
}

describe('image header', () => {
	it('names each kind from its first bytes, whatever the file is called', () => {
		expect(sniffImageKind(fixture('sony-rx100m4-12mp.jpg'))).toBe('jpeg');
		expect(sniffImageKind(fixture('iphone-format.heic'))).toBe('heic');
		expect(sniffImageKind(fixture('not-a-photo.jpg'))).toBe('unknown');
		expect(sniffImageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
		expect(sniffImageKind(new Uint8Array())).toBe('unknown');
	});

	it('reads the stored size of a JPEG without decoding it (before EXIF rotation)', () => {
		expect(imageDimensions(fixture('sony-rx100m4-12mp-orientation6.jpg'))).toEqual({ width: 4000, height: 3000 });
		expect(imageDimensions(fixture('sony-rx100m4-12mp-no-exif.jpg'))).toEqual({ width: 4000, height: 3000 });
		expect(imageDimensions(fixture('konica-minolta-dimage-z5-original.jpg'))).toEqual({ width: 2560, height: 1920 });
		expect(imageDimensions(fixture('sony-rx100m4-12mp.jpg').subarray(0, 40))).toBeNull();
	});

	it('reads a PNG size from its header', () => {
		const png = new Uint8Array(24);
		png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		new DataView(png.buffer).setUint32(16, 9000);
		new DataView(png.buffer).setUint32(20, 7000);
		expect(imageDimensions(png)).toEqual({ width: 9000, height: 7000 });
	});
});

describe('EXIF capture time', () => {
	// The tests run with TZ=Asia/Ho_Chi_Minh (vite.config.ts): a camera clock without offset is read as local time.
	it('reads DateTimeOriginal written by a camera (Konica Minolta DiMAGE Z5)', () => {
		expect(exifCaptureTime(fixture('konica-minolta-dimage-z5-original.jpg'))).toBe('2008-04-19T06:43:16.000Z');
	});

	it('reads it from the Sony EXIF in both 12 MP fixtures that carry EXIF', () => {
		expect(exifCaptureTime(fixture('sony-rx100m4-12mp.jpg'))).toBe('2020-02-19T09:35:05.000Z');
		expect(exifCaptureTime(fixture('sony-rx100m4-12mp-orientation6.jpg'))).toBe('2020-02-19T09:35:05.000Z');
	});

	it('gives null without EXIF, for other formats and for unset camera clocks', () => {
		expect(exifCaptureTime(fixture('sony-rx100m4-12mp-no-exif.jpg'))).toBeNull();
		expect(exifCaptureTime(fixture('not-a-photo.jpg'))).toBeNull();
		expect(exifCaptureTime(fixture('iphone-format.heic'))).toBeNull();
		expect(exifCaptureTime(jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00' }, true))).toBeNull();
		expect(exifCaptureTime(jpegWithExif({}, false))).toBeNull();
	});

	it('uses OffsetTimeOriginal when the camera wrote one, in either byte order', () => {
		for (const little of [true, false]) {
			expect(exifCaptureTime(jpegWithExif({ dateTimeOriginal: '2026:03:02 08:15:00', offsetTimeOriginal: '+07:00' }, little))).toBe(
				'2026-03-02T01:15:00.000Z'
			);
			expect(exifCaptureTime(jpegWithExif({ dateTimeOriginal: '2026:03:02 08:15:00', offsetTimeOriginal: '-05:00' }, little))).toBe(
				'2026-03-02T13:15:00.000Z'
			);
		}
	});

	it('survives damaged EXIF: offsets past the end give null, never an exception', () => {
		const good = jpegWithExif({ dateTimeOriginal: '2026:03:02 08:15:00' }, true);
		for (let cut = 4; cut < good.length; cut += 7) expect(() => exifCaptureTime(good.subarray(0, cut))).not.toThrow();
		const broken = good.slice();
		// Point the EXIF IFD far away.
		new DataView(broken.buffer).setUint32(6 + 6 + 18, 0xffff00, true);
		expect(exifCaptureTime(broken)).toBeNull();
	});
});

/** A JPEG head with an APP1 EXIF segment whose IFD0 holds one Orientation (SHORT) entry. */
function jpegWithOrientation(value: number, little: boolean, type = 3): Uint8Array {
	const tiff = new DataView(new ArrayBuffer(26));
	tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
	tiff.setUint16(2, 42, little);
	tiff.setUint32(4, 8, little);
	tiff.setUint16(8, 1, little);
	tiff.setUint16(10, 0x0112, little);
	tiff.setUint16(12, type, little);
	tiff.setUint32(14, 1, little);
	tiff.setUint16(18, value, little);
	const body = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat([...new Uint8Array(tiff.buffer)]);
	const length = body.length + 2;
	// Then the start of a scan: a reader that gets this far has seen every EXIF segment there is.
	return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...body, 0xff, 0xda, 0, 2]);
}

describe('EXIF orientation', () => {
	it('reads it from the fixtures: 6 where the camera turned the picture, 1 where there is none or no EXIF', () => {
		expect(exifOrientation(fixture('sony-rx100m4-12mp-orientation6.jpg'))).toBe(6);
		expect(exifOrientation(fixture('sony-rx100m4-12mp.jpg'))).toBe(1);
		expect(exifOrientation(fixture('konica-minolta-dimage-z5-original.jpg'))).toBe(1);
		expect(exifOrientation(fixture('sony-rx100m4-12mp-no-exif.jpg'))).toBe(1);
	});

	it('reads every value in either byte order', () => {
		for (const little of [true, false]) for (let value = 1; value <= 8; value++) expect(exifOrientation(jpegWithOrientation(value, little))).toBe(value);
	});

	it('says it cannot tell (null) rather than guess: odd values, odd types, cut-off or damaged heads, other formats', () => {
		expect(exifOrientation(jpegWithOrientation(0, true))).toBeNull();
		expect(exifOrientation(jpegWithOrientation(9, false))).toBeNull();
		expect(exifOrientation(jpegWithOrientation(6, true, 4))).toBeNull();
		const head = jpegWithOrientation(6, true);
		for (let cut = 2; cut < head.length - 4; cut++) expect(exifOrientation(head.subarray(0, cut))).toBeNull();
		// A head cut before any scan starts: the EXIF may come later, so nothing is known.
		expect(exifOrientation(fixture('sony-rx100m4-12mp.jpg').subarray(0, 200))).toBeNull();
		expect(exifOrientation(fixture('iphone-format.heic'))).toBeNull();
		expect(exifOrientation(fixture('not-a-photo.jpg'))).toBeNull();
	});
});
