import { setImmediate as nextTurn } from 'node:timers/promises';

export interface BodyStreamOptions {
	/**
	 * A client that takes nothing for this long is let go, and what the stream held (a database
	 * snapshot, a connection) with it: a download stalled on purpose must not hold them for ever.
	 */
	idleMs?: number;
	/** Called once when the stream is over, however it ended (done, failed, cancelled, idle). */
	onEnd?: () => void;
}

/**
 * A response body that asks `chunks` for more only when the client has taken what was sent
 * (backpressure: a slow download never piles up in the server's memory) and gives the event loop a
 * turn before each chunk, so a long export never stops the server from answering anyone else.
 * A client that goes away ends `chunks` early, which releases whatever it holds (a database cursor).
 */
export function bodyStream(chunks: AsyncIterable<string | Uint8Array>, options: BodyStreamOptions = {}): ReadableStream<Uint8Array> {
	const iterator = chunks[Symbol.asyncIterator]();
	const encoder = new TextEncoder();
	let ended = false;
	let idle: ReturnType<typeof setTimeout> | undefined;
	const end = () => {
		if (ended) return;
		ended = true;
		clearTimeout(idle);
		options.onEnd?.();
	};
	const stop = () => {
		end();
		void Promise.resolve(iterator.return?.()).catch(() => undefined);
	};
	const watch = (controller: ReadableStreamDefaultController<Uint8Array>) => {
		if (!options.idleMs) return;
		clearTimeout(idle);
		idle = setTimeout(() => {
			controller.error(new Error('The client took nothing for too long'));
			stop();
		}, options.idleMs);
		idle.unref?.();
	};
	return new ReadableStream<Uint8Array>(
		{
			start(controller) {
				watch(controller);
			},
			async pull(controller) {
				watch(controller);
				await nextTurn();
				try {
					const { done, value } = await iterator.next();
					if (ended) return;
					if (done) {
						end();
						controller.close();
					} else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
				} catch (error) {
					end();
					throw error;
				}
			},
			cancel() {
				stop();
			}
		},
		// One chunk ahead of the client at most.
		{ highWaterMark: 1 }
	);
}
