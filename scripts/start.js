// `npm start`: one command for a user who has just cloned the project. Builds when the build is
// missing or older than the sources, then runs the adapter-node server in this terminal.
//   PORT (3000)  HOST (0.0.0.0)  ORIGIN (unset: adapter-node then trusts the request's Host)
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from './freshness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';

/**
 * Steps run after the build and before the server starts, in order. Accounts and seeded logins
 * (a later issue) go here, e.g. `{ name: 'seed accounts', run: () => seedAccounts(root) }`, so a
 * first `npm start` leaves the user with something to sign in with.
 * @type {{ name: string, run: () => void | Promise<void> }[]}
 */
const beforeServe = [];

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
	await step.run();
}

const server = spawn(process.execPath, [join(root, buildDir)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host }
});

const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`\nKiểm tra văn hóa công vụ: http://${shown}:${port}/`);
if (!process.env.ORIGIN) {
	console.log('(Behind a proxy or on another host name, set ORIGIN, e.g. ORIGIN=https://vhcv.example.gov.vn.)');
}

// Ctrl+C and service managers stop the server cleanly (adapter-node finishes open requests).
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
