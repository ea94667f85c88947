import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalJpeg, minimalPng } from '../../../../tests/fixtures/minimalImages';
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
});
