// Whether a build output is older than the sources it was made from. Shared by `npm start`,
// the benchmark and the update test, so "fresh" means the same thing everywhere.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from (relative to the project root). */
export const BUILD_INPUTS = [
	'src',
	'service-worker',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];

/**
 * Newest modification time (ms) of a file, or of any file below a folder; 0 when missing.
 * @param {string} path
 * @returns {number}
 */
export function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
		newest = Math.max(newest, newestMtime(join(path, entry.name)));
	}
	return newest;
}

/**
 * True when `<buildDir>/handler.js` is missing or older than any build input.
 * @param {string} root project root
 * @param {string} buildDir output folder, relative to root
 * @returns {boolean}
 */
export function buildIsStale(root, buildDir = 'build') {
	const marker = join(root, buildDir, 'handler.js');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > built);
}
