// `npm start`: one command for a user who has just cloned the project. Builds when the build is
// missing or older than the sources, prepares the data store (on an empty one, demo accounts whose
// logins are printed), then runs the adapter-node server in this terminal.
//   PORT (3000)  HOST (0.0.0.0)  ORIGIN (default http://localhost:PORT or http://HOST:PORT, the address printed)
//   DEMO_MODE (true here; set DEMO_MODE=false on a real install)  BODY_SIZE_LIMIT (12M)
//   and the rest of README's Configuration table (DATA_DIR, DATABASE_URL, …)
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsStale } from './freshness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';

/**
 * The server's environment: demo mode unless the user says otherwise (a first `npm start` must leave
 * them with something to sign in with), and adapter-node's body limit raised from 512 KB to fit a
 * photo upload; every route enforces its own, smaller limit (src/lib/server/http/bodyLimits.ts).
 */
const serverEnv = { DEMO_MODE: 'true', BODY_SIZE_LIMIT: '12M', ...process.env };

/**
 * Without ORIGIN, adapter-node takes every request for https (it cannot know better), so the app's
 * origin checks would refuse the browser's own sign-in at http://localhost and the session cookie
 * would be Secure. The address printed below is therefore the default origin; anything else (another
 * host name, a proxy, HTTPS) sets ORIGIN.
 */
const defaultOrigin = !process.env.ORIGIN;
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
if (defaultOrigin) serverEnv.ORIGIN = `http://${shownHost}:${port}`;

/**
 * Steps run after the build and before the server starts, in order.
 * @type {{ name: string, run: () => void | Promise<void> }[]}
 */
const beforeServe = [
	{
		// Migrations, the catalog and (demo mode, no accounts yet) the demo accounts, whose passwords
		// exist in clear only now: printed once here, never stored. Uses build/operations.js, the
		// server's own code compiled with the app (scripts/operationsBundle.js).
		name: 'Preparing the data store',
		run: async () => {
			/** @type {typeof import('../src/lib/server/seed/operations')} */
			const operations = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
			const report = await operations.prepareStore(serverEnv);
			if (report.demoLogins.length > 0) console.log(`\n${operations.formatDemoLogins(report.demoLogins)}\n`);
		}
	}
];

function build() {
	console.log(`Building into ${buildDir}/ (missing or older than the sources)…`);
	const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed; not starting the server.');
		process.exit(result.status ?? 1);
	}
}

if (buildIsStale(root, buildDir)) build();
else console.log(`Using the existing build in ${buildDir}/ (newer than the sources).`);

for (const step of beforeServe) {
	console.log(`${step.name}…`);
	try {
		await step.run();
	} catch (error) {
		// A bad variable or an unreachable database: the message says what to fix; a stack would hide it.
		console.error(`${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}

const server = spawn(process.execPath, [join(root, buildDir)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...serverEnv, PORT: port, HOST: host }
});

console.log(`\nKiểm tra văn hóa công vụ: ${serverEnv.ORIGIN}/`);
if (defaultOrigin) {
	console.log('(Open it at exactly this address. Behind a proxy or on another host name, set ORIGIN, e.g. ORIGIN=https://vhcv.example.gov.vn.)');
}

// Ctrl+C and service managers stop the server cleanly (adapter-node finishes open requests).
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
