import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { everyResponseHeaders } from './scripts/everyResponseHeaders.js';
import { operationsBundle } from './scripts/operationsBundle.js';
import { kitSvelteImports } from './scripts/kitSvelteImports.js';
import { startupChunk } from './scripts/startupChunk.js';
import { precachePack } from './scripts/precachePack.js';

export default defineConfig({
	// operationsBundle: build/operations.js for `npm run user` and npm start's seeding (scripts/user.js).
	// startupChunk: what every page loads at start-up in one chunk (fewer, better-compressed files).
	// kitSvelteImports: SvelteKit's router imports only the Svelte functions it uses.
	// precachePack: the app's files in a few large files for the service worker's first install.
	plugins: [sveltekit(), operationsBundle(), everyResponseHeaders(), startupChunk(), kitSvelteImports(), precachePack()],
	resolve: {
		alias: [
			// Dexie's own ES2021 module build instead of its package entry, which wraps the ES5 UMD
			// build: the same library, about 1.7 KB less gzipped on every page. Tests use it too.
			{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }
		]
	},
	// No preload lists for dynamically imported chunks: each chunk with lazy parts carried the file
	// names of everything they import (a few hundred bytes on every inspector page), to fetch them in
	// parallel on first use. The service worker precaches every chunk at install, so after that a
	// lazy part's imports come from the cache and the parallel fetch saves nothing.
	build: { modulePreload: false },
	// The top-level service-worker/ folder must be served to register the worker under `vite dev`.
	server: { port: 3000, fs: { allow: ['service-worker'] } },
	preview: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/store/**/*.test.ts'],
		// fake-indexeddb needs structuredClone; Dexie tests run under node.
		environment: 'node',
		env: { TZ: 'Asia/Ho_Chi_Minh' }
	}
});
