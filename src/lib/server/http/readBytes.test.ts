import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError';
import { readBytes } from './readBytes';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
	new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

/** A body without Content-Length, as a chunked upload arrives. */
const chunked = (chunks: number, size: number) =>
	new ReadableStream<Uint8Array>({
		start(controller) {
			for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size));
			controller.close();
		}
	});

const failure = async (promise: Promise<unknown>) => {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		return error instanceof ApiError ? `${error.status} ${error.code}` : String(error);
	}
};

describe('readBytes', () => {
	it('reads a body within the limit', async () => {
		expect(await readBytes(post('hello'), 5)).toEqual(new TextEncoder().encode('hello'));
	});

	it('refuses a declared length above the limit, and a chunked body once it passes the limit', async () => {
		expect(await failure(readBytes(post('x'.repeat(10), { 'content-length': '10' }), 5))).toBe('413 payload-too-large');
		expect(await failure(readBytes(post(chunked(10, 1024)), 4096))).toBe('413 payload-too-large');
		expect((await readBytes(post(chunked(4, 1024)), 4096)).byteLength).toBe(4096);
	});

	it('inflates gzip where allowed, with the cap on the inflated size (no zip bombs)', async () => {
		const json = JSON.stringify({ items: 'a'.repeat(1000) });
		const gz = gzipSync(json);
		expect(new TextDecoder().decode(await readBytes(post(gz, { 'content-encoding': 'gzip' }), 2000, { gzip: true }))).toBe(json);
		const bomb = gzipSync(new Uint8Array(10 * 1024 * 1024));
		expect(bomb.byteLength).toBeLessThan(20_000);
		expect(await failure(readBytes(post(bomb, { 'content-encoding': 'gzip' }), 20_000, { gzip: true }))).toBe('413 payload-too-large');
		expect(await failure(readBytes(post(gz, { 'content-encoding': 'gzip' }), 2000))).toBe('415 unsupported-encoding');
		expect(await failure(readBytes(post('not gzip', { 'content-encoding': 'gzip' }), 2000, { gzip: true }))).toBe('400 body-unreadable');
	});
});
