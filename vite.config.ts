import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { operationsBundle } from './scripts/operationsBundle.js';

export default defineConfig({
	// operationsBundle: build/operations.js for `npm run user` and npm start's seeding (scripts/user.js).
	plugins: [sveltekit(), operationsBundle()],
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
