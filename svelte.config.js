import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Not shipping the line that records Svelte's version on `window` (bytes on every page, no use here).
	compilerOptions: { discloseVersion: false },
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
		// The start-up stylesheet (4.6 KB, 1.7 KB gzipped) goes inside the HTML of the sign-in page and
		// the shell: a render-blocking stylesheet is one more round trip (400 ms on slow 3G) before the
		// sign-in form is drawn. Larger page stylesheets stay files. The copy of the home page that
		// app.html draws at start-up (src/lib/client/pwa/homeSnapshot.ts) is styled by this inlined
		// sheet alone: past the threshold it is not drawn (it checks the sheet's length), nothing breaks.
		inlineStyleThreshold: 8 * 1024,
		version: {
			// Fixed per build by the environment (never Date.now(): the config loads more than once).
			...(process.env.APP_VERSION ? { name: process.env.APP_VERSION } : {}),
			pollInterval: 0
		},
		// Content-Security-Policy. SvelteKit adds the hash (prerendered shell, as a <meta> tag) or nonce
		// (server-rendered pages, as a header) of its inline start-up script to script-src. Only what
		// is fixed at build time is here: hooks.server.ts completes the header with default-src,
		// img-src and connect-src (the map tile host comes from TILE_URL at run time) and
		// frame-ancestors (which a <meta> policy cannot carry). The service worker serves the
		// prerendered shell for every navigation, so these directives are the ones pages run under.
		csp: {
			mode: 'auto',
			directives: {
				'script-src': ['self'],
				// Svelte sets style attributes (transitions, style: directives): inline styles stay allowed.
				'style-src': ['self', 'unsafe-inline'],
				// The photo resize worker; blob: for workers a library may build from a Blob.
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		alias: {
			$domain: 'src/lib/domain'
		}
	}
};

export default config;
