// @ts-check
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Vite plugin: puts everything every page loads at start-up (SvelteKit's client, the root layout,
 * the error page, and all they import statically: Svelte, Dexie, Zod, session, sync) into one
 * JavaScript chunk instead of the two dozen small ones the automatic splitting makes of it.
 *
 * Why: each file is compressed on its own, so many small files cost more bytes than one file with
 * the same code (measured here: about 5 KB gzipped on every page), and a phone makes fewer
 * requests. Nothing is loaded earlier than before: the group is exactly the static import closure
 * of what SvelteKit loads on every page, so no page gains code it did not already load.
 * Everything else (page code, Leaflet, lazily imported parts) keeps the automatic splitting.
 *
 * The closure includes all its dependencies, so the chunk imports no other chunk statically: no
 * circular chunks, the ordering problem SvelteKit warns about for manual chunks.
 * @returns {import('vite').Plugin}
 */
export function startupChunk() {
	return {
		name: 'vhcv:startup-chunk',
		apply: 'build',
		config(config, env) {
			if (env.isSsrBuild) return;
			const generated = resolve(config.root ?? process.cwd(), '.svelte-kit/generated/client-optimized');
			const kit = realpathSync(dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json')));
			// What SvelteKit's client loads on every page: its start entry, the app (router, root
			// component, client hooks), node 0 (the root layout) and node 1 (the error page).
			const roots = [
				join(kit, 'src/runtime/client/entry.js'),
				join(generated, 'app.js'),
				join(generated, 'nodes/0.js'),
				join(generated, 'nodes/1.js')
			];
			/** @type {Set<string> | null} */
			let closure = null;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									{
										debugName: 'startup',
										/** @param {string} id @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} ctx */
										name(id, ctx) {
											// Computed once the module graph is complete; an empty result (another bundle) is not kept.
											if (!closure || closure.size === 0) closure = staticClosure(roots, ctx);
											return closure.has(id) ? 'startup' : null;
										}
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

/**
 * Every module the roots import statically, directly or not; the roots themselves stay entries.
 * Empty in a build without these roots (the photo worker's bundle passes through here too).
 * @param {string[]} roots
 * @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} ctx
 */
function staticClosure(roots, ctx) {
	/** @type {Set<string>} */
	const seen = new Set();
	const stack = [...roots];
	while (stack.length > 0) {
		const id = /** @type {string} */ (stack.pop());
		if (seen.has(id)) continue;
		const info = ctx.getModuleInfo(id);
		if (!info) continue;
		seen.add(id);
		stack.push(...info.importedIds);
	}
	for (const root of roots) seen.delete(root);
	return seen;
}
