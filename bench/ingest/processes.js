// Child processes of the benchmark: the built app server and the bare baseline server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PASSWORD = 'Bench-mat-khau-2026';

export async function freePort() {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const address = probe.address();
	probe.close();
	await once(probe, 'close');
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** @param {import('node:child_process').ChildProcess} child */
async function stop(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill('SIGTERM');
	await exited;
}

/**
 * `node build` on its own data directory, in demo mode with a known password, as `npm start` runs it.
 * @param {string} buildDir @param {string} dataDir
 * @param {string[]} [nodeArgs] flags for node itself (the profiler's --cpu-prof, say)
 * @param {Record<string, string>} [env] more environment (DATABASE_URL for PostgreSQL, say)
 */
export async function startApp(buildDir, dataDir, nodeArgs = [], env = {}) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...nodeArgs, buildDir], {
		env: {
			...process.env,
			DATABASE_URL: '',
			DATA_DIR: dataDir,
			DEMO_MODE: 'true',
			DEMO_PASSWORD: PASSWORD,
			BODY_SIZE_LIMIT: '12M',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SHUTDOWN_TIMEOUT: '1',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	// Up to two minutes: on a loaded machine the demo accounts' password hashing alone can take half of it.
	for (let i = 0; i < 1200; i++) {
		try {
			const response = await fetch(`${origin}/app-shell`);
			await response.arrayBuffer();
			if (response.ok) return { origin, port, stop: () => stop(child) };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await stop(child);
	throw new Error('The app server did not start');
}

/** @param {string} databaseFile @param {string[]} [nodeArgs] flags for node itself */
export async function startBare(databaseFile, nodeArgs = []) {
	const script = join(fileURLToPath(new URL('.', import.meta.url)), 'bareServer.js');
	const child = spawn(process.execPath, [...nodeArgs, script, databaseFile], { stdio: ['ignore', 'pipe', 'inherit'] });
	// Its port, or its exit: a server that fails to start must fail the benchmark, not hang it.
	const started = once(/** @type {import('node:stream').Readable} */ (child.stdout), 'data');
	const exited = once(child, 'exit').then(([code]) => Promise.reject(new Error(`the bare server exited (${code}) before listening`)));
	const [chunk] = await Promise.race([started, exited]);
	exited.catch(() => undefined);
	return { origin: `http://127.0.0.1:${Number(String(chunk).trim())}`, stop: () => stop(child) };
}

/**
 * Signs in and returns the headers a page of the app would send with a push.
 * @param {string} origin @param {string} username
 */
export async function signIn(origin, username) {
	const response = await fetch(`${origin}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin },
		body: JSON.stringify({ username, password: PASSWORD })
	});
	if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
	const { user } = await response.json();
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	return { userId: /** @type {string} */ (user.id), displayName: /** @type {string} */ (user.displayName), headers: { cookie, origin } };
}
