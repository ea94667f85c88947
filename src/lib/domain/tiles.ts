/**
 * Web-map tiles (the "slippy map" scheme every common tile server uses): which tiles cover an
 * area, and their URLs. Pure, so the page, the service worker and the tests share one definition.
 * A tile's URL and the tile server's identity are in tileTemplate.ts (the settings check needs
 * them at every start; the rest only the map does).
 */

import type { TileCoord } from './tileTemplate';

export { isOsmFoundationTileHost, tileTemplateUrl, tileUrl, type TileCoord } from './tileTemplate';

export interface Bounds {
	south: number;
	west: number;
	north: number;
	east: number;
}

/** Web Mercator stops here; tiles do not exist nearer the poles. */
const MAX_MERCATOR_LAT = 85.0511287798;

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** The tile containing a point at zoom z. */
export function tileFor(lat: number, lng: number, z: number): TileCoord {
	const n = 2 ** z;
	const latRad = (clamp(lat, -MAX_MERCATOR_LAT, MAX_MERCATOR_LAT) * Math.PI) / 180;
	const x = Math.floor(((lng + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
	return { z, x: clamp(x, 0, n - 1), y: clamp(y, 0, n - 1) };
}

/** Every tile covering the bounds at zoom z (no wrap across the antimeridian: not needed in Viet Nam). */
export function tilesInBounds(bounds: Bounds, z: number): TileCoord[] {
	const nw = tileFor(bounds.north, bounds.west, z);
	const se = tileFor(bounds.south, bounds.east, z);
	const tiles: TileCoord[] = [];
	for (let x = nw.x; x <= se.x; x++) {
		for (let y = nw.y; y <= se.y; y++) tiles.push({ z, x, y });
	}
	return tiles;
}

export function countTilesInBounds(bounds: Bounds, z: number): number {
	const nw = tileFor(bounds.north, bounds.west, z);
	const se = tileFor(bounds.south, bounds.east, z);
	return (se.x - nw.x + 1) * (se.y - nw.y + 1);
}

export interface AreaDownloadPlan {
	zooms: number[];
	tiles: TileCoord[];
}

/**
 * The tiles of the visible area from the current zoom down to `levels` deeper levels, stopping at
 * the first level that would pass the cap (each level has four times the tiles of the one above).
 * Empty when even the current zoom is over the cap: the inspector should zoom in first.
 */
export function planAreaDownload(bounds: Bounds, fromZoom: number, levels: number, maxZoom: number, cap: number): AreaDownloadPlan {
	const zooms: number[] = [];
	let total = 0;
	for (let z = Math.round(fromZoom); z <= Math.min(maxZoom, Math.round(fromZoom) + levels - 1); z++) {
		const count = countTilesInBounds(bounds, z);
		if (total + count > cap) break;
		total += count;
		zooms.push(z);
	}
	return { zooms, tiles: zooms.flatMap((z) => tilesInBounds(bounds, z)) };
}

/**
 * Whether a URL path looks like a map tile: …/{z}/{x}/{y}.png (or .jpg/.jpeg/.webp, optional @2x).
 * The service worker caches by this shape because it cannot know the configured server (see
 * service-worker/tiles.ts); app files never have this shape (they live under /_app/ with hashes).
 */
export const TILE_PATH_PATTERN = /\/\d{1,2}\/\d{1,7}\/\d{1,7}(?:@2x)?\.(?:png|jpe?g|webp)$/i;

export function isTilePath(pathname: string): boolean {
	return TILE_PATH_PATTERN.test(pathname);
}
