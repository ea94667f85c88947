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
			// The inspection record and checklist schemas (and the reading of a stored inspection) are used
			// by every inspector page but not at start-up (syncs check only what they need, outbox.ts and
			// storePull.ts). Left to the automatic splitting they became half a dozen small chunks, one per
			// set of pages using each module, and the files' own overhead ate what leaving start-up saved.
			const recordRoots = [
				'client/inspections/readInspection.ts',
				'client/inspections/inspectionStore.ts',
				'client/inspections/openInspection.ts',
				'client/catalog/catalogStore.ts',
				'client/review/latestReview.ts',
				'domain/outcome.ts',
				'domain/progress.ts',
				// Small modules most inspector pages use, each a file of a few hundred bytes on its own.
				'components/LoadFailed.svelte',
				'components/statusText.ts',
				'domain/teamRoles.ts',
				'client/review/openRecommendations.ts',
				'client/location/currentFix.ts',
				'domain/geo.ts'
			].map((file) => resolve(config.root ?? process.cwd(), 'src/lib', file));
			/** @type {Set<string> | null} */
			let closure = null;
			/** @type {Set<string> | null} */
			let record = null;
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
										},
										// Captured first: a group also takes its modules' dependencies, and those
										// shared with the record group (Zod, Dexie) belong to start-up.
										priority: 2
									},
									{
										debugName: 'record',
										/** @param {string} id @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} ctx */
										name(id, ctx) {
											if (!closure || closure.size === 0) closure = staticClosure(roots, ctx);
											if (!record || record.size === 0) record = without(staticClosure(recordRoots, ctx, true), closure);
											return record.has(id) ? 'record' : null;
										},
										priority: 1
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
 * @param {boolean} [keepRoots] the roots are modules of the group too (not entries)
 */
function staticClosure(roots, ctx, keepRoots = false) {
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
	if (!keepRoots) for (const root of roots) seen.delete(root);
	return seen;
}

/**
 * @param {Set<string>} set
 * @param {Set<string>} taken
 */
function without(set, taken) {
	for (const id of taken) set.delete(id);
	return set;
}
