/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import type { PrecacheController } from 'workbox-precaching';
import { InstallProgress, installEach } from './parallelInstall';
import { isPackIndex, type PackPart } from './packIndex';

declare const self: ServiceWorkerGlobalScope;

/** Missing files up to this many are fetched one by one (an update): the pack would be mostly waste. */
const FEW_MISSING = 12;

/**
 * The precache install. On a first install (most files missing) the files come from the few large
 * pack files built by scripts/precachePack.js, fetched in parallel: a few round trips and the
 * bytes, instead of ~160 requests on six connections. The sign-in page's own files (part 0) come
 * last and only if the page has not already put them in the browser's HTTP cache. An update (a
 * few files changed) and anything the pack lacks are fetched one by one, six at a time. Whatever
 * fails, the install fails, and the browser's next attempt starts from what is already cached.
 */
export async function installApp(controller: PrecacheController, event: ExtendableEvent, packIndexUrl: string): Promise<void> {
	const cache = await self.caches.open(controller.strategy.cacheName);
	const cached = new Set((await cache.keys()).map((request) => request.url));
	const missing = new Map([...controller.getURLsToCacheKeys()].filter(([, cacheKey]) => !cached.has(cacheKey)));
	const progress = new InstallProgress(controller.getURLsToCacheKeys().size);
	progress.add(controller.getURLsToCacheKeys().size - missing.size);
	const parts = missing.size > FEW_MISSING ? await packParts(packIndexUrl) : null;
	if (!parts) return installEach(controller, event, [...missing], progress);

	const packed = new Set(parts.flatMap((part) => part.entries.map((entry) => new URL(entry.url, self.location.href).href)));
	const loose = [...missing].filter(([url]) => !packed.has(url));
	const [first, ...rest] = parts;
	const fromPack = async (part: PackPart, lookInHttpCache: boolean): Promise<void> => {
		const wanted = part.entries
			.map((entry) => ({ ...entry, url: new URL(entry.url, self.location.href).href }))
			.filter((entry) => missing.has(entry.url));
		let left = wanted;
		if (lookInHttpCache) {
			const found = await Promise.all(wanted.map((entry) => fromHttpCache(cache, entry.url, missing.get(entry.url) ?? entry.url)));
			left = wanted.filter((_, i) => !found[i]);
			progress.add(wanted.length - left.length);
		}
		const missingBytes = left.reduce((sum, entry) => sum + entry.length, 0);
		const partBytes = part.entries.reduce((sum, entry) => sum + entry.length, 0);
		// Mostly there already: the few missing files cost less than the whole part.
		if (left.length === 0) return;
		if (missingBytes * 2 < partBytes) {
			return installEach(controller, event, left.map((entry) => [entry.url, missing.get(entry.url) ?? entry.url] as const), progress);
		}
		const response = await fetch(part.url, { credentials: 'same-origin' });
		if (!response.ok) throw new Error(`${part.url}: HTTP ${response.status}`);
		const body = await response.arrayBuffer();
		if (body.byteLength !== partBytes) throw new Error(`${part.url}: ${body.byteLength} bytes, expected ${partBytes}`);
		await Promise.all(
			left.map(async (entry) => {
				const bytes = body.slice(entry.offset, entry.offset + entry.length);
				await cache.put(missing.get(entry.url) ?? entry.url, new Response(bytes, { headers: { 'content-type': entry.type } }));
				progress.add();
			})
		);
	};
	await Promise.all([installEach(controller, event, loose, progress), ...rest.map((part) => fromPack(part, false))]);
	if (first) await fromPack(first, true);
}

/** The pack's parts, or null (no pack for this version, an old server, no connection): then file by file. */
async function packParts(url: string): Promise<PackPart[] | null> {
	try {
		const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
		if (!response.ok) return null;
		const index: unknown = await response.json();
		return isPackIndex(index) ? index.parts : null;
	} catch {
		return null;
	}
}

/** A file the page itself has already downloaded, copied from the browser's HTTP cache (no request). */
async function fromHttpCache(cache: Cache, url: string, cacheKey: string): Promise<boolean> {
	try {
		const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' });
		if (!response.ok) return false;
		await cache.put(cacheKey, response);
		return true;
	} catch {
		return false;
	}
}
