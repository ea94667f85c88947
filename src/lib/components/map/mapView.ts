import type { Bounds } from '$lib/domain/tiles';

/** What the map shows right now; the area download works on it. */
export interface MapView {
	bounds: Bounds;
	zoom: number;
}

/** Deepest zoom the map offers (OpenStreetMap's standard layer stops at 19). */
export const MAP_MAX_ZOOM = 19;
