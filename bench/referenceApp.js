// The same-run reference of the front-end benchmarks: a throwaway SvelteKit app built from the app's
// installed packages (same versions), with nothing of the app in it. The bundle bench (run.js) loads
// its one page for the framework's own weight; the ready bench (ready.js) starts it offline from its
// service worker for the framework's own start-up and navigation time on the same machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/** `vite build` in `cwd`. @param {string} cwd @param {Record<string, string>} env */
export function viteBuild(cwd, env = {}) {
	const result = spawnSync(process.execPath, [vite, 'build'], {
		cwd,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) throw new Error(`vite build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds a reference app in a new temporary folder named after `name` and returns its adapter-node build.
 * `files` (path → text) are added to the app's bare frame (package.json, configs, app.html).
 * @param {string} name
 * @param {Record<string, string>} files
 */
export function buildReferenceApp(name, files) {
	// A folder of its own: two benches running at once do not build into each other's.
	const dir = mkdtempSync(join(tmpdir(), `${name}-`));
	const all = {
		'package.json': JSON.stringify({ name, private: true, type: 'module' }),
		'svelte.config.js': `import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter({ out: 'build' }) } };\n`,
		'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [sveltekit()] });\n`,
		'src/app.html': `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><link rel="icon" href="data:," />%sveltekit.head%</head>\n<body><div style="display: contents">%sveltekit.body%</div></body>\n</html>\n`,
		...files
	};
	for (const [file, text] of Object.entries(all)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	// The same installed packages (same versions) as the app.
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	viteBuild(dir);
	return join(dir, 'build');
}
