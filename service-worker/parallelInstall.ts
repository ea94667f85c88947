/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import type { PrecacheController } from 'workbox-precaching';
import type { PrecacheProgress } from './messages';

declare const self: ServiceWorkerGlobalScope;

/**
 * Requests in flight at once during install: what Chromium opens per host over HTTP/1.1 (6), so
 * each connection always has a request to carry. Workbox's own install fetches one file after
 * the other, so on a 400 ms link the app's ~60 files cost ~60 round trips before any byte counts.
 */
export const INSTALL_PARALLELISM = 6;

/**
 * Runs `task` over `items` with at most `limit` running at once; rejects with the first failure
 * (the ones running then still finish, none is started after it).
 */
export async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	let failed = false;
	async function lane(): Promise<void> {
		while (!failed && next < items.length) {
			const item = items[next++] as T;
			try {
				await task(item);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	}
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Tells every window of the app how many of the app's files are on the device. */
export class InstallProgress {
	#done = 0;
	constructor(readonly total: number) {}

	add(count = 1): void {
		this.#done += count;
		const message: PrecacheProgress = { type: 'PRECACHE_PROGRESS', done: this.#done, total: this.total };
		void self.clients.matchAll({ includeUncontrolled: true, type: 'window' }).then((clients) => {
			for (const client of clients) client.postMessage(message);
		});
	}
}

/**
 * Workbox's precache install for `entries` (url → cache key), with bounded parallelism instead of
 * one file at a time. Each file goes through Workbox's own PrecacheStrategy (the same cache keys,
 * revisions, cache modes and checks), so routing, activation clean-up and updates work as with
 * `precacheAndRoute`. A file already in the cache is not fetched again.
 */
export function installEach(
	controller: PrecacheController,
	event: ExtendableEvent,
	entries: readonly (readonly [string, string])[],
	progress: InstallProgress
): Promise<void> {
	return inPool(entries, INSTALL_PARALLELISM, async ([url, cacheKey]) => {
		const integrity = controller.getIntegrityForCacheKey(cacheKey);
		// Revisioned (un-hashed) files bypass the HTTP cache, as Workbox does: a stale copy would be kept as this version's.
		const request = new Request(url, {
			...(integrity ? { integrity } : {}),
			cache: new URL(cacheKey).searchParams.has('__WB_REVISION__') ? 'reload' : 'default',
			credentials: 'same-origin'
		});
		await Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event }));
		progress.add();
	});
}
