/**
 * The photo worker: decodes, orients, resizes, re-encodes and hashes photos off the main thread so
 * the form stays responsive while a 12 MP picture is processed. One request at a time (the queue is
 * in photoProcessor.ts), which bounds memory on small phones: one decoded 12 MP image is ~48 MB.
 */
import type { WorkerReply, WorkerRequest } from './photoMessages';
import { processPhoto } from './processPhoto';

/** The few members of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is the DOM's). */
interface WorkerScope {
	addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
	postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
	const { id, file, options } = event.data;
	void processPhoto(file, options, (stage) => scope.postMessage({ id, type: 'stage', stage })).then((result) => {
		// Hand the bytes over instead of copying them.
		const transfer = result.ok ? [result.photo.image.bytes, result.photo.thumb.bytes] : [];
		scope.postMessage({ id, type: 'result', result }, transfer);
	});
});
