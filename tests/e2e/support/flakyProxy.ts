import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { freePort } from './server';

/** What the proxy did with one request. */
export type Fate = 'pass' | 'refuse' | 'cut-upload' | 'drop-response' | 'no-upstream';

export interface ProxyLogEntry {
	n: number;
	method: string;
	path: string;
	fate: Fate;
	/** The server's status, when it answered (also for a dropped response). */
	status: number | null;
}

export interface FlakyOptions {
	/** Every `every`-th request to /api/ fails (refused or its response dropped, in turn). */
	every: number;
	/** Seed for which of the two faults comes first and for where an upload is cut. */
	seed: number;
	/** The first PUT of each photo is cut mid-body: the server sees part of the upload, then a reset. */
	cutFirstUpload: boolean;
	/**
	 * The server's 200 to the first push is thrown away: it has stored the inspections, the phone
	 * does not know it and sends them again (the case that makes duplicates elsewhere).
	 */
	dropFirstPushAnswer: boolean;
}

/** mulberry32: a small deterministic PRNG, so a failing run can be repeated exactly. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A node:http proxy on a free loopback port between the browser and an app server: the browser
 * uses the proxy's origin for everything (start the AppServer with ORIGIN = proxy.origin). It
 * forwards every request, and spoils a deterministic share of the /api requests:
 * - `refuse`: the connection is reset before anything reaches the server;
 * - `cut-upload`: part of a PUT body is forwarded, then both connections are reset;
 * - `drop-response`: the server gets and handles the whole request, its answer is thrown away and
 *   the browser sees a reset (the case that creates duplicates in naive clients).
 * When the server is down, the browser's connection is reset too (`no-upstream`), as if refused.
 * Every response carries `Connection: close`, so Chromium never silently re-sends a request on a
 * reused connection: each fault reaches the app.
 */
export class FlakyProxy {
	readonly log: ProxyLogEntry[] = [];
	/** Faults on or off (off to read the final state through the proxy). */
	faulty = true;
	readonly origin: string;
	#server: Server;
	#apiCount = 0;
	#faultCount = 0;
	#cutPaths = new Set<string>();
	#pushAnswerDropped = false;
	#random: () => number;

	/** The app server's port. Set once the server runs (it needs the proxy's origin to start). */
	targetPort = 0;

	private constructor(
		readonly port: number,
		readonly options: FlakyOptions
	) {
		this.origin = `http://127.0.0.1:${port}`;
		this.#random = prng(options.seed);
		this.#server = createServer((req, res) => this.#receive(req, res));
	}

	/** A proxy on a free port; set `targetPort` before the browser uses it. */
	static async start(options: Partial<FlakyOptions> = {}): Promise<FlakyProxy> {
		const proxy = new FlakyProxy(await freePort(), { every: 3, seed: 20251126, cutFirstUpload: true, dropFirstPushAnswer: true, ...options });
		proxy.#server.listen(proxy.port, '127.0.0.1');
		await once(proxy.#server, 'listening');
		return proxy;
	}

	async close(): Promise<void> {
		this.#server.closeAllConnections();
		this.#server.close();
		await once(this.#server, 'close').catch(() => {});
	}

	/** How many requests met `fate` (on paths starting with `prefix`). */
	count(fate: Fate, prefix = '/api/'): number {
		return this.log.filter((e) => e.fate === fate && e.path.startsWith(prefix)).length;
	}

	#decide(method: string, path: string): Fate {
		if (!this.faulty || !path.startsWith('/api/')) return 'pass';
		this.#apiCount += 1;
		if (this.options.cutFirstUpload && method === 'PUT' && path.startsWith('/api/photos/') && !this.#cutPaths.has(path)) {
			this.#cutPaths.add(path);
			return 'cut-upload';
		}
		if (this.options.dropFirstPushAnswer && !this.#pushAnswerDropped && method === 'POST' && path === '/api/sync/push') return 'drop-response';
		if (this.#apiCount % this.options.every !== 0) return 'pass';
		this.#faultCount += 1;
		const first = this.options.seed % 2 === 0 ? 'drop-response' : 'refuse';
		const second = first === 'refuse' ? 'drop-response' : 'refuse';
		return this.#faultCount % 2 === 1 ? first : second;
	}

	#receive(req: IncomingMessage, res: ServerResponse): void {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('error', () => {});
		req.on('end', () => this.#forward(req, res, Buffer.concat(chunks)));
	}

	#forward(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
		const method = req.method ?? 'GET';
		const path = req.url ?? '/';
		const entry: ProxyLogEntry = { n: this.log.length + 1, method, path, fate: this.#decide(method, path), status: null };
		this.log.push(entry);
		const reset = (): void => {
			req.socket.destroy();
		};
		if (entry.fate === 'refuse') return reset();

		const headers = { ...req.headers, connection: 'close' };
		const upstream = httpRequest({ host: '127.0.0.1', port: this.targetPort, method, path, headers, agent: false });
		upstream.on('error', () => {
			if (entry.fate === 'pass') entry.fate = 'no-upstream';
			reset();
		});
		if (entry.fate === 'cut-upload') {
			// Somewhere between a quarter and three quarters of the body, then the line drops.
			const cut = Math.max(1, Math.floor(body.length * (0.25 + this.#random() * 0.5)));
			upstream.write(body.subarray(0, cut), () => {
				setTimeout(() => {
					upstream.destroy();
					reset();
				}, 20);
			});
			return;
		}
		upstream.on('response', (answer) => {
			entry.status = answer.statusCode ?? null;
			const parts: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => parts.push(chunk));
			answer.on('error', reset);
			answer.on('end', () => {
				if (entry.fate === 'drop-response') {
					if (path === '/api/sync/push' && answer.statusCode === 200) this.#pushAnswerDropped = true;
					return reset();
				}
				const payload = Buffer.concat(parts);
				// The body is re-sent whole: its own length, and no hop-by-hop headers of the server's connection.
				const out: Record<string, string | string[] | undefined> = { ...answer.headers, connection: 'close', 'content-length': String(payload.length) };
				delete out['transfer-encoding'];
				delete out['keep-alive'];
				res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
				res.end(payload);
			});
		});
		upstream.end(body);
	}
}
