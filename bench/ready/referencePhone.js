// The warm start's same-run reference: a minimal SvelteKit app (bench/referenceApp.js) made to start
// as the app does — rendered in the browser (`ssr = false`), every file served offline by its service
// worker — with one page and a link to a second. Its start-up and its in-app navigation, timed in the
// same browser, throttled the same way and in alternation with the app's warm start, are the floor
// the framework itself sets on this machine in this minute: the app's screens are reported as ratios
// to it, which, unlike the absolute times, can be compared across machines and sessions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { buildReferenceApp } from '../referenceApp.js';
import { startReadyApp } from './app.js';
import { installReadyProbe, READY_SIGNS, readyTime } from './readyProbe.js';

const SERVICE_WORKER = `import { build, files, prerendered, version } from '$service-worker';
const CACHE = 'reference-' + version;
const ASSETS = [...build, ...files, ...prerendered];
self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || !ASSETS.includes(url.pathname)) return;
	event.respondWith(caches.open(CACHE).then((cache) => cache.match(url.pathname)).then((hit) => hit ?? fetch(event.request)));
});
`;

/**
 * Builds and serves the reference app, opens it once online (its worker installed, every file
 * cached), then goes offline. `run` is one warm start: the page, then the navigation to the second.
 * @param {import('@playwright/test').BrowserContextOptions} phone the app's phone (viewport, locale…)
 * @param {number} cpuSlowdown
 */
export async function startReferencePhone(phone, cpuSlowdown) {
	const build = buildReferenceApp('vhcv-bench-reference-warm', {
		'src/routes/+layout.js': 'export const ssr = false;\nexport const prerender = true;\n',
		'src/routes/+page.svelte': `<script>\n\tlet count = $state(0);\n</script>\n\n<h1>Reference</h1>\n<button onclick={() => count++}>Clicked {count}</button>\n<p><a href="/next">Next page</a></p>\n`,
		'src/routes/next/+page.svelte': '<h1>Next</h1>\n<p><a href="/">Reference</a></p>\n',
		'src/service-worker.js': SERVICE_WORKER
	});
	// Served straight, as the app's warm start is (its link is not throttled).
	const server = await startReadyApp(build, mkdtempSync(join(tmpdir(), 'vhcv-bench-reference-')), null, '/');
	const origin = `http://127.0.0.1:${server.port}`;
	/** @type {import('@playwright/test').BrowserContext | undefined} */
	let context;
	try {
		context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vhcv-bench-reference-profile-')), { ...chromiumLaunchOptions(), ...phone });
		const setup = await context.newPage();
		await setup.goto(`${origin}/`);
		await setup.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await setup.goto(`${origin}/next`);
		await setup.getByRole('heading', { name: 'Next' }).waitFor();
		await setup.close();
		await context.setOffline(true);
		await context.addInitScript(installReadyProbe, READY_SIGNS);
	} catch (error) {
		await context?.close();
		await server.stop();
		throw error;
	}
	const phoneContext = context;

	/** One warm start, timed as the app's: the page from its navigation, the next from the tap. */
	async function run() {
		const page = await phoneContext.newPage();
		page.setDefaultTimeout(60_000);
		const cdp = await phoneContext.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		const drawn = readyTime(page, 'referencePage', false);
		await page.goto(`${origin}/`, { waitUntil: 'commit' });
		const pageMs = await drawn;
		const link = page.getByRole('link', { name: 'Next page' });
		await link.waitFor();
		await page.waitForTimeout(1500);
		const next = readyTime(page, 'referenceNext', true);
		await link.click();
		const navigationMs = await next;
		await page.getByRole('heading', { name: 'Next' }).waitFor();
		await page.close();
		return { pageMs, navigationMs };
	}

	async function stop() {
		try {
			await phoneContext.close();
		} finally {
			await server.stop();
		}
	}
	return { run, stop };
}
