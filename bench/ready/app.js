// The built app for the ready bench: like bench/ingest/processes.js's startApp, but its ORIGIN is
// the throttled link's address (the browser reaches it only through the link, and the server's
// same-origin checks must accept that address).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, PASSWORD } from '../ingest/processes.js';

/**
 * @param {string} buildDir @param {string} dataDir
 * @param {string | null} origin the address the browser uses (null: the server's own)
 * @param {string} [readyPath] a page the server answers once started
 */
export async function startReadyApp(buildDir, dataDir, origin, readyPath = '/app-shell') {
	const port = await freePort();
	origin ??= `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [buildDir], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, DEMO_MODE: 'true', DEMO_PASSWORD: PASSWORD, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, SHUTDOWN_TIMEOUT: '1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = once(child, 'exit');
		child.kill('SIGTERM');
		await exited;
	};
	// Up to 90 s: a fresh start (migrations, demo accounts hashed with scrypt) took 45 s on the shared
	// 2-core machine under load.
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}${readyPath}`);
			await response.arrayBuffer();
			if (response.ok) return { port, stop };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await stop();
	throw new Error('The app server did not start');
}
