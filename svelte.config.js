import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_OUT lets the update test build a second version beside the first.
		adapter: adapter({ out: process.env.BUILD_OUT ?? 'build', precompress: true }),
		files: {
			// The user fixed a top-level service-worker/ folder; SvelteKit builds it and
			// gives it $service-worker (build, files, prerendered, version).
			serviceWorker: 'service-worker/index.ts'
		},
		serviceWorker: {
			// Registered by src/lib/client/pwa/registerServiceWorker.ts so the update flow is ours.
			register: false
		},
		// A cached shell must load /_app/... from any deep URL.
		paths: { relative: false },
		version: {
			// Fixed per build by the environment (never Date.now(): the config loads more than once).
			...(process.env.APP_VERSION ? { name: process.env.APP_VERSION } : {}),
			pollInterval: 0
		},
		alias: {
			$domain: 'src/lib/domain'
		}
	}
};

export default config;
