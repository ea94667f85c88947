import { Worker } from 'node:worker_threads';

/**
 * Password hashing (scrypt, 128 MiB and ~0.3 s each) on threads of its own, a few at a time, with a
 * bounded queue. On Node's shared thread pool a burst of 100 sign-ins took every one of its four
 * threads for tens of seconds: photo uploads and gzip, which share them, waited up to 97 s, and the
 * process grew by 500 MB. Here at most `threads` hashes run at once (memory: 128 MiB each), at most
 * `queue` wait, and any more is refused at once with HashPoolBusyError (the endpoint's 503 with
 * Retry-After) instead of piling up.
 */
export class HashPoolBusyError extends Error {
	constructor(readonly retryAfterSeconds: number) {
		super('Password hashing is at capacity');
	}
}

export interface ScryptJob {
	password: string;
	salt: Buffer;
	length: number;
	N: number;
	r: number;
	p: number;
	maxmem: number;
}

// A worker from source text: the SvelteKit build, the tests and the scripts all run it as it is.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', (job) => {
	try {
		const key = scryptSync(job.password, Buffer.from(job.salt), job.length, { N: job.N, r: job.r, p: job.p, maxmem: job.maxmem });
		parentPort.postMessage({ ok: true, key });
	} catch (error) {
		parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
	}
});
`;

interface Waiting {
	job: ScryptJob;
	resolve: (key: Buffer) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	current: Waiting | null;
}

export class HashPool {
	readonly #threads: number;
	readonly #queueLimit: number;
	readonly #slots: Slot[] = [];
	readonly #queue: Waiting[] = [];

	constructor(threads: number, queueLimit: number) {
		this.#threads = Math.max(1, threads);
		this.#queueLimit = Math.max(0, queueLimit);
	}

	/** Hashes waiting or running now. */
	get load(): number {
		return this.#queue.length + this.#slots.filter((s) => s.current).length;
	}

	run(job: ScryptJob): Promise<Buffer> {
		return new Promise((resolve, reject) => {
			const waiting = { job, resolve, reject };
			const idle = this.#idleSlot();
			if (idle) return this.#start(idle, waiting);
			if (this.#queue.length >= this.#queueLimit) {
				// Roughly when the queue ahead will have drained: each hash takes ~0.3 s.
				return reject(new HashPoolBusyError(Math.max(1, Math.ceil(((this.#queue.length + this.#threads) * 0.3) / this.#threads))));
			}
			this.#queue.push(waiting);
		});
	}

	#idleSlot(): Slot | null {
		const idle = this.#slots.find((s) => !s.current);
		if (idle) return idle;
		if (this.#slots.length >= this.#threads) return null;
		const worker = new Worker(WORKER_SOURCE, { eval: true });
		const slot: Slot = { worker, current: null };
		worker.on('message', (message: { ok: true; key: Uint8Array } | { ok: false; message: string }) => {
			const done = slot.current;
			slot.current = null;
			if (done) {
				if (message.ok) done.resolve(Buffer.from(message.key));
				else done.reject(new Error(message.message));
			}
			this.#next(slot);
		});
		// A worker that fails or exits fails its job and is replaced by the next one asked for.
		const lost = (error: Error) => {
			const at = this.#slots.indexOf(slot);
			if (at === -1) return;
			this.#slots.splice(at, 1);
			slot.current?.reject(error);
			slot.current = null;
			const queued = this.#queue.shift();
			if (queued) this.run(queued.job).then(queued.resolve, queued.reject);
		};
		worker.on('error', lost);
		worker.on('exit', (code) => lost(new Error(`The password hashing thread stopped (exit code ${code})`)));
		// An idle pool must not keep a stopping process alive.
		worker.unref();
		this.#slots.push(slot);
		return slot;
	}

	#start(slot: Slot, waiting: Waiting): void {
		slot.current = waiting;
		slot.worker.ref();
		slot.worker.postMessage(waiting.job);
	}

	#next(slot: Slot): void {
		const queued = this.#queue.shift();
		if (queued) this.#start(slot, queued);
		else slot.worker.unref();
	}

	/** Stops the threads (tests, shutdown); queued hashes are refused. */
	async close(): Promise<void> {
		const stopped = new Error('Password hashing stopped');
		for (const waiting of this.#queue.splice(0)) waiting.reject(stopped);
		const slots = this.#slots.splice(0);
		for (const slot of slots) slot.current?.reject(stopped);
		await Promise.all(slots.map((s) => s.worker.terminate()));
	}
}

/** One hash at a time (128 MiB) by default, and 32 waiting: ~10 s for the last of an office signing in at once. */
export const HASH_THREADS = 1;
export const HASH_QUEUE = 32;

let shared: HashPool | undefined;

/** The process's pool, sized by PASSWORD_HASH_THREADS and PASSWORD_HASH_QUEUE when set. */
export function hashPool(): HashPool {
	shared ??= new HashPool(positive(process.env.PASSWORD_HASH_THREADS) ?? HASH_THREADS, positive(process.env.PASSWORD_HASH_QUEUE) ?? HASH_QUEUE);
	return shared;
}

function positive(value: string | undefined): number | undefined {
	const n = Number(value);
	return value !== undefined && Number.isInteger(n) && n > 0 && n <= 64 ? n : undefined;
}
