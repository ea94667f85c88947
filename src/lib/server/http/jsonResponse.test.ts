import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, jsonResponse } from './jsonResponse';

const request = (acceptEncoding?: string) => new Request('http://localhost/api/x', acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {});

describe('jsonResponse', () => {
	it('gzips a large body for a client that accepts it, and only then', async () => {
		const data = { items: Array.from({ length: 100 }, (_, i) => ({ id: i, outcome: 'created' })) };
		const zipped = await jsonResponse(request('gzip, deflate, br'), data);
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString())).toEqual(data);
		expect((await jsonResponse(request(), data)).headers.get('content-encoding')).toBeNull();
		expect((await jsonResponse(request('gzip'), { small: true })).headers.get('content-encoding')).toBeNull();
	});

	it('gzips a body above 64 KB too (in the thread pool rather than on the request thread)', async () => {
		const data = { items: Array.from({ length: 5000 }, (_, i) => ({ id: `${i}`.repeat(4), outcome: 'created' })) };
		expect(JSON.stringify(data).length).toBeGreaterThan(64 * 1024);
		const zipped = await jsonResponse(request('gzip'), data);
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString())).toEqual(data);
	});

	it('says its length (no chunked framing) and varies on Accept-Encoding only when it could be compressed', async () => {
		const small = await jsonResponse(request('gzip'), { ok: true });
		expect(small.headers.get('content-length')).toBe(String('{"ok":true}'.length));
		expect(small.headers.get('vary')).toBeNull();
		const data = { items: Array.from({ length: 100 }, (_, i) => ({ id: i, outcome: 'created' })) };
		const zipped = await jsonResponse(request('gzip'), data);
		expect(Number(zipped.headers.get('content-length'))).toBe((await zipped.arrayBuffer()).byteLength);
		expect(zipped.headers.get('vary')).toBe('accept-encoding');
		expect((await jsonResponse(request(), data)).headers.get('vary')).toBe('accept-encoding');
	});

	it('reads Accept-Encoding with its q-values', () => {
		expect(acceptsGzip('gzip;q=0.5, br')).toBe(true);
		expect(acceptsGzip('gzip;q=0, br')).toBe(false);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('identity')).toBe(false);
	});
});
