import type { PhotoStage, ProcessResult, WorkerReply, WorkerRequest } from './photoMessages';
import { DEFAULT_PHOTO_OPTIONS, type PhotoOptions } from './photoOptions';

interface Job {
	id: number;
	file: Blob;
	options: PhotoOptions;
	onStage: (stage: PhotoStage) => void;
	resolve: (result: ProcessResult) => void;
}

/**
 * One photo worker for the page and a queue in front of it: photos picked together are processed
 * one after another (bounded memory), each reporting its own stage, while the form stays usable.
 * A worker that dies (out of memory on a huge picture) fails only the photo it was working on; the
 * next photo gets a new worker.
 */
export class PhotoProcessor {
	#worker: Worker | null = null;
	#queue: Job[] = [];
	#current: Job | null = null;
	#nextId = 1;

	/** Resolves with the processed photo or the reason it cannot be stored; never rejects. */
	process(file: Blob, onStage: (stage: PhotoStage) => void = () => {}, options: PhotoOptions = DEFAULT_PHOTO_OPTIONS): Promise<ProcessResult> {
		return new Promise((resolve) => {
			this.#queue.push({ id: this.#nextId++, file, options, onStage, resolve });
			this.#next();
		});
	}

	/** Photos waiting or in progress. */
	get pending(): number {
		return this.#queue.length + (this.#current ? 1 : 0);
	}

	#next(): void {
		if (this.#current) return;
		const job = this.#queue.shift();
		if (!job) return;
		this.#current = job;
		const request: WorkerRequest = { id: job.id, file: job.file, options: job.options };
		this.#ensureWorker().postMessage(request);
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		// Vite bundles the worker and its imports into one file from this exact expression.
		const worker = new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module', name: 'photos' });
		worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => this.#onReply(event.data));
		worker.addEventListener('error', (event) => this.#onCrash(event.message || 'The photo worker stopped'));
		worker.addEventListener('messageerror', () => this.#onCrash('The photo could not be passed to the worker'));
		this.#worker = worker;
		return worker;
	}

	#onReply(reply: WorkerReply): void {
		const job = this.#current;
		if (!job || reply.id !== job.id) return;
		if (reply.type === 'stage') {
			job.onStage(reply.stage);
			return;
		}
		this.#current = null;
		job.resolve(reply.result);
		this.#next();
	}

	#onCrash(detail: string): void {
		this.#worker?.terminate();
		this.#worker = null;
		const job = this.#current;
		this.#current = null;
		job?.resolve({ ok: false, reason: 'failed', detail });
		this.#next();
	}
}

let shared: PhotoProcessor | undefined;

/** The page's photo processor, made on first use (no worker starts until a photo is picked). */
export function photoProcessor(): PhotoProcessor {
	shared ??= new PhotoProcessor();
	return shared;
}
