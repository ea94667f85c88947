import { describe, expect, it } from 'vitest';
import { countTilesInBounds, isOsmFoundationTileHost, isTilePath, planAreaDownload, tileFor, tilesInBounds, tileUrl } from './tiles';

describe('tile math', () => {
	it('finds the tile of a point (checked against the OSM wiki’s asinh form of the formula)', () => {
		expect(tileFor(0, 0, 0)).toEqual({ z: 0, x: 0, y: 0 });
		expect(tileFor(0.0001, 0.0001, 1)).toEqual({ z: 1, x: 1, y: 0 });
		const lat = (21.8221 * Math.PI) / 180;
		const y = Math.floor(((1 - Math.asinh(Math.tan(lat)) / Math.PI) / 2) * 2 ** 15);
		// Sở Nội vụ, Tuyên Quang, at zoom 15.
		expect(tileFor(21.8221, 105.2155, 15)).toEqual({ z: 15, x: 25960, y });
		expect(y).toBe(14347);
	});

	it('lists the tiles covering bounds', () => {
		const bounds = { south: 21.815, west: 105.205, north: 21.83, east: 105.225 };
		const tiles = tilesInBounds(bounds, 15);
		expect(tiles).toHaveLength(countTilesInBounds(bounds, 15));
		expect(tiles).toContainEqual(tileFor(21.8221, 105.2155, 15));
		expect(new Set(tiles.map((t) => `${t.x}/${t.y}`)).size).toBe(tiles.length);
	});

	it('plans a download level by level under a cap', () => {
		const bounds = { south: 21.815, west: 105.205, north: 21.83, east: 105.225 };
		const plan = planAreaDownload(bounds, 15, 3, 19, 10_000);
		expect(plan.zooms).toEqual([15, 16, 17]);
		expect(plan.tiles).toHaveLength([15, 16, 17].reduce((n, z) => n + countTilesInBounds(bounds, z), 0));
		const capped = planAreaDownload(bounds, 15, 3, 19, countTilesInBounds(bounds, 15) + countTilesInBounds(bounds, 16));
		expect(capped.zooms).toEqual([15, 16]);
		expect(planAreaDownload(bounds, 15, 3, 16, 10_000).zooms).toEqual([15, 16]);
		expect(planAreaDownload(bounds, 15, 3, 19, 1).tiles).toEqual([]);
	});
});

describe('tile URLs', () => {
	it('fills a Leaflet template', () => {
		expect(tileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { z: 15, x: 25961, y: 14367 })).toBe(
			'https://tile.openstreetmap.org/15/25961/14367.png'
		);
		expect(tileUrl('https://{s}.tiles.example.vn/{z}/{x}/{y}{r}.png', { z: 1, x: 1, y: 0 })).toBe('https://b.tiles.example.vn/1/1/0.png');
	});

	it('recognises tile paths, and not app files', () => {
		expect(isTilePath('/15/25961/14367.png')).toBe(true);
		expect(isTilePath('/tiles/osm/3/4/5@2x.webp')).toBe(true);
		expect(isTilePath('/_app/immutable/assets/marker-icon.Cx8.png')).toBe(false);
		expect(isTilePath('/icons/icon-192.png')).toBe(false);
		expect(isTilePath('/api/photos/1/2/3')).toBe(false);
	});

	it('knows the OpenStreetMap Foundation tile hosts', () => {
		expect(isOsmFoundationTileHost('tile.openstreetmap.org')).toBe(true);
		expect(isOsmFoundationTileHost('a.tile.openstreetmap.org')).toBe(true);
		expect(isOsmFoundationTileHost('TILE.OSM.ORG')).toBe(true);
		expect(isOsmFoundationTileHost('tiles.tuyenquang.gov.vn')).toBe(false);
		expect(isOsmFoundationTileHost('tile.openstreetmap.org.evil.example')).toBe(false);
	});
});
