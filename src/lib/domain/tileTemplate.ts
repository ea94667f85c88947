/**
 * A tile server's URL template (Leaflet's syntax) and whose server it is. Checked with every
 * settings update (appConfig.ts), so this stays apart from the map's tile arithmetic (tiles.ts).
 */

export interface TileCoord {
	z: number;
	x: number;
	y: number;
}

/** Leaflet's template syntax: {z} {x} {y}, optional {s} subdomain and {r} retina suffix. */
export function tileUrl(template: string, tile: TileCoord, subdomains = 'abc'): string {
	const s = subdomains[Math.abs(tile.x + tile.y) % subdomains.length] ?? '';
	return template
		.replaceAll('{s}', s)
		.replaceAll('{z}', String(tile.z))
		.replaceAll('{x}', String(tile.x))
		.replaceAll('{y}', String(tile.y))
		.replaceAll('{r}', '');
}

/**
 * Servers run by the OpenStreetMap Foundation, whose tile usage policy forbids bulk downloading,
 * explicitly including downloading for offline use. Viewing (and caching what was viewed) is fine.
 */
export function isOsmFoundationTileHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return (
		host === 'tile.openstreetmap.org' ||
		host.endsWith('.tile.openstreetmap.org') ||
		host === 'tile.osm.org' ||
		host.endsWith('.tile.osm.org')
	);
}

/** The template's host, with placeholders filled, or null when it is not a URL. */
export function tileTemplateUrl(template: string): URL | null {
	try {
		return new URL(tileUrl(template, { z: 0, x: 0, y: 0 }));
	} catch {
		return null;
	}
}
