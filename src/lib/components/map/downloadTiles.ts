import { tileUrl, type TileCoord } from '$lib/domain/tiles';

export interface DownloadProgress {
	done: number;
	failed: number;
	total: number;
}

/**
 * Fetch tiles so the service worker's tile route stores them (cache-first, same cache and limits as
 * tiles viewed on the map). A few requests at a time: enough to be quick, polite to the server.
 * The page must be controlled by the service worker, or nothing would be kept.
 */
export async function downloadTiles(
	template: string,
	tiles: readonly TileCoord[],
	onProgress: (progress: DownloadProgress) => void,
	signal: AbortSignal,
	concurrency = 4
): Promise<DownloadProgress> {
	const progress: DownloadProgress = { done: 0, failed: 0, total: tiles.length };
	let next = 0;
	async function worker(): Promise<void> {
		while (next < tiles.length && !signal.aborted) {
			const tile = tiles[next++];
			if (!tile) break;
			try {
				const response = await fetch(tileUrl(template, tile), { mode: 'cors', credentials: 'omit', signal });
				// The body must be read for the worker's cache write to finish with it.
				await response.arrayBuffer();
				if (response.ok) progress.done++;
				else progress.failed++;
			} catch {
				if (signal.aborted) break;
				progress.failed++;
			}
			onProgress({ ...progress });
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, tiles.length) }, worker));
	return progress;
}
