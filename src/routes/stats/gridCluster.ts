/**
 * Grid clustering, enough for a province's inspections: points are bucketed by the screen cell
 * (in pixels at the current zoom) they fall in, and each bucket is drawn as one circle with its
 * count and mean compliance. O(n) per redraw, no dependency (Leaflet.markercluster would add
 * about 10 KB gz and its own CSS for what this does).
 */
export interface ProjectedPoint<T> {
	x: number;
	y: number;
	item: T;
}

export interface Cluster<T> {
	/** Mean position of the members, in the same pixel space. */
	x: number;
	y: number;
	items: T[];
}

export function gridCluster<T>(points: readonly ProjectedPoint<T>[], cellSize: number): Cluster<T>[] {
	const cells = new Map<string, { sx: number; sy: number; items: T[] }>();
	for (const p of points) {
		const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
		const cell = cells.get(key) ?? { sx: 0, sy: 0, items: [] };
		cell.sx += p.x;
		cell.sy += p.y;
		cell.items.push(p.item);
		cells.set(key, cell);
	}
	return [...cells.values()].map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}

/** Mean of the known rates; null when none is known. */
export function meanRate(rates: readonly (number | null)[]): number | null {
	const known = rates.filter((r): r is number => r !== null);
	return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** The map's colour for a compliance rate: red below 50 %, amber below 80 %, green from 80 %. */
export function rateColour(rate: number | null): string {
	if (rate === null) return '#757575';
	return rate < 0.5 ? '#b3261e' : rate < 0.8 ? '#9a6b00' : '#1b5e20';
}
