/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Map tiles the inspector has looked at are kept, so the map of a place seen once (e.g. the day
 * before, at the office) still shows offline. Cache-first: a tile of a given URL never changes in
 * a way that matters for an inspection, and the network is the scarce thing in the field.
 *
 * Which requests are tiles? The worker is built once and cannot read the server's TILE_URL, and a
 * template posted by the page would be lost whenever the browser stops the idle worker. So the
 * worker recognises tiles by their shape, …/{z}/{x}/{y}.png (jpg, webp, @2x), on any origin: the
 * configured server is always covered, a changed TILE_URL needs no new worker, and app files never
 * look like that. A tile server whose URLs have another shape (e.g. WMTS query strings) is simply
 * not cached.
 *
 * Bulk "download this area" (only where the tile server's terms allow it) fetches through this
 * same route, so downloaded tiles share the cache and its limits.
 */

import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { isTilePath } from '$lib/domain/tiles';

export const TILE_CACHE = 'vhcv-map-tiles';

/** Enough for a province's towns at street level; the least recently used go first. */
export const MAX_TILES = 2000;
export const MAX_TILE_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Only real images are kept: a captive portal or proxy answering 200 with an HTML page must not
 * be stored as a tile for a month. Opaque (no-CORS) responses are not kept either: Chromium counts
 * each as several megabytes of quota. The map requests tiles with CORS for that reason.
 */
const onlyImages: WorkboxPlugin = {
	cacheWillUpdate: async ({ response }) =>
		response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('image/') ? response : null
};

/**
 * Count and age limits, and the whole cache is dropped first if the device runs out of space (tiles
 * can always be fetched again; inspections cannot). The cast only bridges Workbox's own types, which
 * declare optional callbacks as `?: T` and break under exactOptionalPropertyTypes.
 */
const expiration = new ExpirationPlugin({
	maxEntries: MAX_TILES,
	maxAgeSeconds: MAX_TILE_AGE_SECONDS,
	purgeOnQuotaError: true
}) as WorkboxPlugin;

export function registerTileCaching(): void {
	registerRoute(
		({ url, request }) =>
			(request.destination === 'image' || request.destination === '') &&
			(url.protocol === 'https:' || url.protocol === 'http:') &&
			isTilePath(url.pathname),
		new CacheFirst({ cacheName: TILE_CACHE, plugins: [onlyImages, expiration] })
	);
}
