/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * The service worker: caching and wake-ups only, no business logic.
 *
 * - Every build chunk, static file and the app shell (/app-shell) is precached at install, so the
 *   whole app (every route's code) is on the device before the inspector goes out of coverage.
 *   A first install reads them from a few large pack files fetched in parallel, an update fetches
 *   the changed files six at a time (packInstall.ts): not one file after another as Workbox does.
 * - Every navigation except /api/* gets the cached shell, cache-first: pages render in the browser
 *   from IndexedDB, so the same shell opens any deep URL, offline and without waiting for the network.
 * - /api/* always goes to the network; the outbox in IndexedDB (not this worker) owns retries.
 * - A new version installs and then WAITS: the page offers "Cập nhật" and sends SKIP_WAITING.
 */

import { base, build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { isWorkerMessage, type VersionReply } from './messages';
import { SHELL_PATH, precacheEntries, servesShell } from './shell';
import { registerBackgroundSyncWakeUp } from './backgroundSync';
import { registerTileCaching } from './tiles';
import { installApp } from './packInstall';
import { packIndexPath } from './packIndex';

declare const self: ServiceWorkerGlobalScope;

const shellUrl = `${base}${SHELL_PATH}`;

// Precache routes answer requests for precached URLs themselves (e.g. /manifest.webmanifest opened
// in a tab). URLs match exactly: no `.html` guessing, no query parameter ignored.
// The shell is rendered by the server (not prerendered) so it carries the security headers of
// hooks.server.ts (CSP with frame-ancestors, X-Frame-Options…), and the cached copy keeps them.
const precache = new PrecacheController();
precache.addToCacheList(precacheEntries(build, files, [...prerendered, shellUrl], version));
registerRoute(new PrecacheRoute(precache, { cleanURLs: false, ignoreURLParametersMatching: [] }));
self.addEventListener('install', (event) => event.waitUntil(installApp(precache, event, `${base}${packIndexPath(version)}`)));
// Removes files of the previous version that this one no longer lists.
self.addEventListener('activate', precache.activate);

// Caches of older Workbox precache formats would otherwise stay on the device for ever.
cleanupOutdatedCaches();

// Data requests never come from a cache here: stale answers would hide what the server knows.
registerRoute(
	({ url }) => url.origin === self.location.origin && !servesShell(url.pathname, base),
	new NetworkOnly()
);

// Background Sync, where the browser has it, only wakes the open pages to send their outbox.
registerBackgroundSyncWakeUp();

// Map tiles the inspector has viewed (any tile server), cache-first with limits: see tiles.ts.
registerTileCaching();

// Any page URL, deep links included: the client router renders location.href inside the shell.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && servesShell(url.pathname, base),
	precache.createHandlerBoundToURL(shellUrl)
);

self.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (!isWorkerMessage(data)) return;
	if (data.type === 'SKIP_WAITING') {
		// Only on the user's word: the page reloads once the new worker takes control.
		void self.skipWaiting();
	} else if (data.type === 'CLAIM') {
		// Rejected unless this worker is the active one (a waiting worker must not take pages).
		event.waitUntil(self.clients.claim().catch(() => undefined));
	} else {
		const reply: VersionReply = { type: 'VERSION', version };
		event.ports[0]?.postMessage(reply);
	}
});

// No skipWaiting() on install, on purpose: a waiting worker lets the inspector finish first.
// Once activated (first install, or after SKIP_WAITING), take the open pages at once. A page still
// loading then is skipped by claim(); it sends CLAIM once its script runs (registerServiceWorker.ts).
clientsClaim();
