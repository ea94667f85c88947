import type * as Leaflet from 'leaflet';
// Leaflet finds its default marker images by guessing a path from its CSS, which a bundler breaks
// (markers 404). Importing the images gives their real URLs; the icon below uses them directly.
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

export type LeafletModule = typeof Leaflet;

let loading: Promise<LeafletModule> | null = null;

/**
 * Leaflet, loaded on demand: it is about 40 KB gzipped and touches `window` when imported, so only
 * a screen that shows a map pays for it, and only once the map is opened. The service worker has
 * precached the chunk, so this works offline too.
 */
export function loadLeaflet(): Promise<LeafletModule> {
	loading ??= import('leaflet')
		.then((module) => ('default' in module ? (module.default as LeafletModule) : module))
		.catch((error: unknown) => {
			// A failed chunk load (e.g. an old page after an update) may work on the next try.
			loading = null;
			throw error;
		});
	return loading;
}

/** Leaflet's standard pin, with the image URLs the bundler gave. */
export function pinIcon(L: LeafletModule): Leaflet.Icon {
	return L.icon({
		iconUrl,
		iconRetinaUrl,
		shadowUrl,
		iconSize: [25, 41],
		iconAnchor: [12, 41],
		tooltipAnchor: [16, -28],
		shadowSize: [41, 41]
	});
}
