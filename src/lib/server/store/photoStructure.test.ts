import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalJpeg, minimalPng, minimalWebp, riffChunk } from '../../../../tests/fixtures/minimalImages';
import { photoStructureProblem } from './photoStructure';

const real = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/photos/${name}`, import.meta.url)));
const seed = new TextEncoder().encode('ảnh hiện trường');

describe('photoStructureProblem', () => {
	it('reads real camera JPEGs and the smallest complete JPEG and PNG', () => {
		expect(photoStructureProblem('image/jpeg', real('sony-rx100m4-12mp.jpg'))).toBeNull();
		expect(photoStructureProblem('image/jpeg', real('konica-minolta-dimage-z5-original.jpg'))).toBeNull();
		expect(photoStructureProblem('image/jpeg', minimalJpeg(seed))).toBeNull();
		expect(photoStructureProblem('image/png', minimalPng(seed))).toBeNull();
	});

	it('refuses a JPEG cut off mid-scan, one cut inside its headers, and one with only its first bytes right', () => {
		const photo = real('sony-rx100m4-12mp.jpg');
		expect(photoStructureProblem('image/jpeg', photo.subarray(0, photo.length - 5000))).toMatch(/cut off/);
		expect(photoStructureProblem('image/jpeg', photo.subarray(0, 300))).toMatch(/past the end|ends before/);
		const renamed = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('Biên bản họp.docx '.repeat(40))]);
		expect(photoStructureProblem('image/jpeg', renamed)).not.toBeNull();
		expect(photoStructureProblem('image/jpeg', real('not-a-photo.jpg'))).not.toBeNull();
	});

	it('refuses a JPEG with no frame size, or of absurd size', () => {
		const zero = minimalJpeg(seed);
		// SOF0 height and width (after SOI and the 69-byte DQT segment): 0×0.
		zero.set([0, 0, 0, 0], 2 + 69 + 5);
		expect(photoStructureProblem('image/jpeg', zero)).toMatch(/zero width or height/);
		const huge = minimalJpeg(seed);
		huge.set([0xff, 0xff, 0xff, 0xff], 2 + 69 + 5);
		expect(photoStructureProblem('image/jpeg', huge)).toMatch(/pixels/);
	});

	it('refuses a PNG with a damaged chunk, without IEND, or without image data', () => {
		const png = minimalPng(seed);
		const damaged = png.slice();
		damaged[8 + 25 + 10] = (damaged[8 + 25 + 10] ?? 0) ^ 0xff;
		expect(photoStructureProblem('image/png', damaged)).toMatch(/CRC/);
		expect(photoStructureProblem('image/png', png.subarray(0, png.length - 12))).toMatch(/IEND/);
		const noData = minimalPng(new Uint8Array());
		// IHDR then IEND only: drop the (empty) IDAT chunk of 12 bytes.
		const withoutIdat = new Uint8Array([...noData.subarray(0, 33), ...noData.subarray(45)]);
		expect(photoStructureProblem('image/png', withoutIdat)).toMatch(/IDAT/);
	});

	it("reads the WebP Chromium's canvas writes (VP8X, an ICC profile, VP8) and a lossless one, with their size", () => {
		const size = { width: 0, height: 0 };
		expect(photoStructureProblem('image/webp', real('chromium-canvas-64x48.webp'), size)).toBeNull();
		expect(size).toEqual({ width: 64, height: 48 });
		const lossless = { width: 0, height: 0 };
		expect(photoStructureProblem('image/webp', minimalWebp(seed), lossless)).toBeNull();
		expect(lossless).toEqual({ width: 1, height: 1 });
	});

	it('refuses a WebP cut off, one whose image chunk is not a picture, an animation, and a RIFF of another kind', () => {
		const webp = real('chromium-canvas-64x48.webp');
		expect(photoStructureProblem('image/webp', webp.subarray(0, webp.length - 10))).toMatch(/cut off/);
		const riff = (chunks: number[]) => new Uint8Array([...Buffer.from('RIFF'), ...le(4 + chunks.length), ...Buffer.from('WEBP'), ...chunks]);
		const fake = riff(riffChunk('VP8 ', [...new TextEncoder().encode('Biên bản họp.docx')]));
		expect(photoStructureProblem('image/webp', fake)).toMatch(/start code|key frame/);
		expect(photoStructureProblem('image/webp', riff(riffChunk('JUNK', [1, 2, 3, 4])))).toMatch(/first chunk/);
		const animated = riff([...riffChunk('VP8X', [0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]), ...riffChunk('ANIM', [0, 0, 0, 0, 0, 0])]);
		expect(photoStructureProblem('image/webp', animated)).toMatch(/animated/);
		const wave = new Uint8Array([...webp]);
		wave.set(Buffer.from('WAVE'), 8);
		expect(photoStructureProblem('image/webp', wave)).toMatch(/RIFF\/WEBP/);
	});
});

function le(value: number): number[] {
	return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}
