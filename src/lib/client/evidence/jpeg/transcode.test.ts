import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optimalSpec } from './huffman';
import { readCoefficients } from './readCoefficients';
import { smallJpeg, type SmallJpeg } from './smallJpegs.testdata';
import { toProgressive } from './toProgressive';
import { transcode } from './transcode';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/photos/${name}`));

/** The rewrite holds exactly the original's coefficients, as a progressive file without extras. */
function expectLossless(original: Uint8Array, rewritten: Uint8Array): void {
	const before = readCoefficients(original);
	const after = readCoefficients(rewritten);
	expect(before).not.toBeNull();
	expect(after).not.toBeNull();
	if (!before || !after) return;
	expect(after.frame.progressive).toBe(true);
	expect({ width: after.frame.width, height: after.frame.height }).toEqual({ width: before.frame.width, height: before.frame.height });
	expect(after.frame.components.map(({ id, h, v, tq }) => ({ id, h, v, tq }))).toEqual(
		before.frame.components.map(({ id, h, v, tq }) => ({ id, h, v, tq }))
	);
	after.blocks.forEach((blocks, i) => expect(Buffer.from(blocks.buffer).equals(Buffer.from(before.blocks[i]!.buffer))).toBe(true));
	// No restart markers, no EXIF (APP1) or comments carried over; the quantization tables are.
	expect(after.markers).not.toContain(0xdd);
	expect(after.markers).not.toContain(0xe1);
	expect(after.markers.filter((m) => m === 0xdb)).toEqual(before.markers.filter((m) => m === 0xdb));
}

describe('baseline JPEG to progressive, losslessly', () => {
	it('rewrites a camera file (Konica Minolta, 4:2:2, EXIF) with the same coefficients in fewer bytes', () => {
		const original = fixture('konica-minolta-dimage-z5-original.jpg');
		const rewritten = transcode(original);
		expect(rewritten).not.toBeNull();
		if (!rewritten) return;
		expectLossless(original, rewritten);
		// The camera did not optimize its Huffman tables: the rewrite saves a fifth.
		expect(rewritten.length).toBeLessThan(original.length * 0.85);
		expect(Buffer.from(rewritten).includes('Exif')).toBe(false);
	});

	it('rewrites a 12 MP 4:2:0 photo (cjpeg, optimized tables) in fewer bytes', () => {
		const original = fixture('sony-rx100m4-12mp-no-exif.jpg');
		const rewritten = transcode(original);
		expect(rewritten).not.toBeNull();
		if (!rewritten) return;
		expectLossless(original, rewritten);
		expect(rewritten.length).toBeLessThan(original.length * 0.95);
	}, 30_000);

	it.each<SmallJpeg>(['restart420', 'gray', 's444', 'r422'])('keeps every coefficient of %s (odd size, restart markers, sampling)', (name) => {
		const original = smallJpeg(name);
		const rewritten = transcode(original);
		expect(rewritten).not.toBeNull();
		if (rewritten) expectLossless(original, rewritten);
	});

	it('leaves what it does not cover alone: a progressive file, a damaged one, not a JPEG', () => {
		expect(transcode(smallJpeg('progressive'))).toBeNull();
		const cut = fixture('konica-minolta-dimage-z5-original.jpg').slice(0, 100_000);
		expect(transcode(cut)).toBeNull();
		expect(transcode(fixture('not-a-photo.jpg'))).toBeNull();
		expect(transcode(new Uint8Array())).toBeNull();
	});

	it('toProgressive gives back the bytes it was given when rewriting does not make them smaller', () => {
		// Tiny pictures: the 10+ scan headers and tables of a progressive file cost more than they save.
		const small = smallJpeg('restart420');
		expect(toProgressive(small.slice().buffer)).toHaveProperty('byteLength', small.length);
		const notJpeg = new Uint8Array([1, 2, 3]).buffer;
		expect(toProgressive(notJpeg)).toBe(notJpeg);
		const photo = fixture('konica-minolta-dimage-z5-original.jpg');
		expect(toProgressive(photo.slice().buffer).byteLength).toBeLessThan(photo.length);
	});
});

describe('optimal Huffman tables', () => {
	it('gives no code longer than 16 bits and never the all-ones code, however skewed the counts', () => {
		const frequencies = new Uint32Array(256);
		// Fibonacci counts make the deepest possible tree.
		let [a, b] = [1, 1];
		for (let s = 0; s < 40; s++) {
			frequencies[s] = a;
			[a, b] = [b, a + b];
		}
		const spec = optimalSpec(frequencies);
		expect(spec.symbols.length).toBe(40);
		expect(spec.counts.reduce((sum, c) => sum + c, 0)).toBe(40);
		// Kraft: the codes leave room for at least one more (the reserved all-ones point).
		const kraft = Array.from(spec.counts).reduce((sum, c, i) => sum + c / 2 ** (i + 1), 0);
		expect(kraft).toBeLessThan(1);
		// The most frequent symbol gets a code as short as any.
		const shortest = spec.counts.findIndex((c) => c > 0);
		const firstLonger = spec.counts.slice(0, shortest + 1).reduce((sum, c) => sum + c, 0);
		expect(Array.from(spec.symbols.slice(0, firstLonger))).toContain(39);
	});
});
