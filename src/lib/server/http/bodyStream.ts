import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A response body that asks `chunks` for more only when the client has taken what was sent
 * (backpressure: a slow download never piles up in the server's memory) and gives the event loop a
 * turn before each chunk, so a long export never stops the server from answering anyone else.
 * A client that goes away ends `chunks` early, which releases whatever it holds (a database cursor).
 */
export function bodyStream(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
	const iterator = chunks[Symbol.asyncIterator]();
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				await nextTurn();
				const { done, value } = await iterator.next();
				if (done) controller.close();
				else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
			},
			async cancel() {
				await iterator.return?.();
			}
		},
		// One chunk ahead of the client at most.
		{ highWaterMark: 1 }
	);
}
