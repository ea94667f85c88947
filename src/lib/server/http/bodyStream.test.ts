import { describe, expect, it } from 'vitest';
import { bodyStream } from './bodyStream';

describe('bodyStream', () => {
	it('sends the pieces in order and reports its end once', async () => {
		let ends = 0;
		const body = bodyStream((async function* () { yield 'a'; yield new Uint8Array([98]); })(), { onEnd: () => (ends += 1) });
		expect(await new Response(body).text()).toBe('ab');
		expect(ends).toBe(1);
	});

	it('lets go of a client that takes nothing, and closes what the pieces held', async () => {
		let closed = false;
		let ends = 0;
		const pieces = (async function* () {
			try {
				for (;;) yield 'x'.repeat(1000);
			} finally {
				closed = true;
			}
		})();
		const reader = bodyStream(pieces, { idleMs: 50, onEnd: () => (ends += 1) }).getReader();
		await reader.read();
		// The client stops reading.
		await new Promise((resolve) => setTimeout(resolve, 150));
		await expect(reader.read()).rejects.toThrow(/too long/);
		expect(closed).toBe(true);
		expect(ends).toBe(1);
	});

	it('reports its end when the client goes away, and when the pieces fail', async () => {
		let ends = 0;
		const reader = bodyStream((async function* () { for (;;) yield 'y'; })(), { onEnd: () => (ends += 1) }).getReader();
		await reader.read();
		await reader.cancel();
		expect(ends).toBe(1);
		const failing = bodyStream((async function* () { yield 'z'; throw new Error('disque plein'); })(), { onEnd: () => (ends += 1) });
		await expect(new Response(failing).text()).rejects.toThrow();
		expect(ends).toBe(2);
	});
});
