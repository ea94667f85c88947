import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's production build, as `npm run build` writes it. */
export const DEFAULT_BUILD_DIR = process.env.BUILD_OUT ?? 'build';

/**
 * The password of every demo account on a test server (DEMO_MODE with DEMO_PASSWORD): thanhtra1 and
 * thanhtra2 (inspectors), giamsat.tinh (supervisor of the province), giamsat.xa (supervisor of
 * Xã Sơn Dương), quantri (admin). See src/lib/server/seed/demoAccounts.ts.
 */
export const TEST_PASSWORD = 'Kiem-tra-thu-2025';

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
	const probe = createServer();
	probe.listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const address = probe.address();
	probe.close();
	await once(probe, 'close');
	if (address === null || typeof address === 'string') throw new Error('No TCP port from the OS');
	return address.port;
}

/**
 * `node <buildDir>` as a child process on one fixed port. It can be stopped and started again, even
 * from another build, on the SAME port: the origin (scheme, host, port) owns the service worker
 * and IndexedDB, so a new port would be a different app to the browser.
 *
 * Each AppServer has its own data directory (SQLite file, photos), kept across stop/start (a
 * restart is the same server with the same data) and removed by dispose() or when the test
 * process exits. It runs in demo mode with TEST_PASSWORD, so tests can sign in as the demo
 * accounts, and on SQLite even when DATABASE_URL is set for the store's contract tests.
 */
export class AppServer {
	readonly port: number;
	readonly origin: string;
	readonly dataDir: string;
	#child: ChildProcess | null = null;
	#output = '';
	/** Extra environment for the server (e.g. TILE_URL), kept for restarts. */
	#env: Readonly<Record<string, string>> = {};

	private constructor(port: number) {
		this.port = port;
		this.origin = `http://127.0.0.1:${port}`;
		this.dataDir = mkdtempSync(join(tmpdir(), 'vhcv-e2e-'));
		dataDirs.add(this.dataDir);
	}

	/** Start a server for `buildDir` on a free port, with `env` added to this process's environment. */
	static async start(buildDir = DEFAULT_BUILD_DIR, env: Readonly<Record<string, string>> = {}): Promise<AppServer> {
		const server = new AppServer(await freePort());
		await server.start(buildDir, env);
		return server;
	}

	/** Absolute URL on this server. */
	url(path = '/'): string {
		return new URL(path, this.origin).href;
	}

	get running(): boolean {
		return this.#child !== null;
	}

	/** The server's resident memory in bytes now (Linux /proc), for tests that watch it grow. */
	residentBytes(): number {
		const pid = this.#child?.pid;
		if (pid === undefined) throw new Error('The server is not running.');
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		if (!kb) throw new Error('No VmRSS in /proc status');
		return Number(kb) * 1024;
	}

	/** Start (again) on this server's port, serving `buildDir`; `env` replaces the extra environment given before. */
	async start(buildDir = DEFAULT_BUILD_DIR, env: Readonly<Record<string, string>> = this.#env): Promise<void> {
		if (this.#child) throw new Error('The server is already running; stop it first.');
		this.#output = '';
		this.#env = env;
		const child = spawn(process.execPath, [resolve(buildDir)], {
			env: {
				...process.env,
				DATABASE_URL: '',
				DATA_DIR: this.dataDir,
				DEMO_MODE: 'true',
				DEMO_PASSWORD: TEST_PASSWORD,
				// As `npm start` sets it: room for photo uploads; each route has its own smaller limit.
				BODY_SIZE_LIMIT: '12M',
				...env,
				PORT: String(this.port),
				HOST: '127.0.0.1',
				// The public origin: this server's own, unless the test puts something in front of it
				// (tests/e2e/support/flakyProxy.ts passes the proxy's origin as ORIGIN).
				ORIGIN: env.ORIGIN ?? this.origin,
				// adapter-node waits up to 30 s for open connections on SIGTERM; tests need no grace.
				SHUTDOWN_TIMEOUT: '1'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
		this.#child = child;
		try {
			await this.#waitUntilAnswering(child);
		} catch (error) {
			await this.stop();
			throw error;
		}
	}

	/** SIGTERM, then wait until the process has exited (and the port is free again). */
	async stop(): Promise<void> {
		const child = this.#child;
		if (!child) return;
		this.#child = null;
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = once(child, 'exit');
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
		await exited;
		clearTimeout(timer);
	}

	/** Stop for good and remove the data directory. */
	async dispose(): Promise<void> {
		await this.stop();
		removeDir(this.dataDir);
		dataDirs.delete(this.dataDir);
	}

	/** What the server printed so far (since its last start). */
	get output(): string {
		return this.#output;
	}

	/** Stop, then serve `buildDir` on the same port (a deployment of a new version). */
	async restart(buildDir = DEFAULT_BUILD_DIR): Promise<void> {
		await this.stop();
		await this.start(buildDir);
	}

	// 60 s: a fresh start (migrations, five demo accounts hashed with scrypt at 128 MiB) took 45 s on the
	// shared 2-core machine at a load average of 15, and 20 s failed most starts there.
	async #waitUntilAnswering(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (child.exitCode !== null || child.signalCode !== null) {
				throw new Error(`The server exited before answering:\n${this.#output}`);
			}
			try {
				// The bare app shell: needs no database or session, so it answers as soon as we listen.
				const response = await fetch(this.url('/app-shell'));
				await response.arrayBuffer();
				if (response.ok) return;
			} catch {
				// Not listening yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`The server did not answer within ${timeoutMs} ms:\n${this.#output}`);
	}
}

function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** Data directories of servers not disposed of: removed when the test process ends. */
const dataDirs = new Set<string>();
process.once('exit', () => {
	for (const dir of dataDirs) removeDir(dir);
});
