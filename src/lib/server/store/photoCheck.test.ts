import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalWebp } from '../../../../tests/fixtures/minimalImages';
import { sha256Hex } from './canonical';
import { UnreadablePhotoError, UnsupportedPhotoError } from './errors';
import { checkPhoto, detectPhotoMime } from './photoCheck';

const real = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/photos/${name}`, import.meta.url)));
const check = (mime: string, bytes: Uint8Array) => checkPhoto(sha256Hex(bytes), mime, bytes);

describe('checkPhoto with WebP (what Chromium phones store)', () => {
	it('accepts a WebP from the canvas and a lossless one, declared as image/webp', () => {
		const canvas = real('chromium-canvas-64x48.webp');
		expect(detectPhotoMime(canvas)).toBe('image/webp');
		expect(check('image/webp', canvas)).toBe('image/webp');
		expect(check('image/webp; charset=binary', minimalWebp(new Uint8Array([1, 2, 3])))).toBe('image/webp');
	});

	it('refuses a fake WebP: the right first bytes around a document', () => {
		const fake = new Uint8Array([...Buffer.from('RIFF'), 40, 0, 0, 0, ...Buffer.from('WEBPVP8 '), 28, 0, 0, 0, ...Buffer.from('Biên bản họp.docx đổi tên.')]);
		expect(detectPhotoMime(fake)).toBe('image/webp');
		expect(() => check('image/webp', fake)).toThrow(UnreadablePhotoError);
	});

	it('refuses a JPEG labelled WebP and a WebP labelled JPEG, naming both types', () => {
		const jpeg = real('konica-minolta-dimage-z5-original.jpg');
		expect(() => check('image/webp', jpeg)).toThrow(UnsupportedPhotoError);
		expect(() => check('image/webp', jpeg)).toThrow(/declared as image\/webp but its bytes are image\/jpeg/);
		const webp = real('chromium-canvas-64x48.webp');
		expect(() => check('image/jpeg', webp)).toThrow(/declared as image\/jpeg but its bytes are image\/webp/);
	});
});
