import type { LocationFix } from '$lib/domain/evidence';

/**
 * The browser's defaults are `timeout: Infinity` (wait for ever) and `enableHighAccuracy: false`
 * (cell/Wi-Fi positions hundreds of metres off): both are wrong for evidence. maximumAge 0 refuses
 * a cached position from before the inspector arrived.
 */
export const WATCH_OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 30_000, maximumAge: 0 };

export type WatchErrorKind = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export interface WatchHandlers {
	onFix(fix: LocationFix): void;
	onError(kind: WatchErrorKind): void;
}

function errorKind(error: GeolocationPositionError): WatchErrorKind {
	if (error.code === error.PERMISSION_DENIED) return 'denied';
	if (error.code === error.TIMEOUT) return 'timeout';
	return 'unavailable';
}

/** Start watching the GPS; returns the function that stops it. */
export function watchPosition(handlers: WatchHandlers, geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): () => void {
	if (!geolocation) {
		handlers.onError('unsupported');
		return () => {};
	}
	const id = geolocation.watchPosition(
		(position) =>
			handlers.onFix({
				lat: position.coords.latitude,
				lng: position.coords.longitude,
				accuracy: Math.max(0, position.coords.accuracy),
				source: 'gps',
				capturedAt: new Date(position.timestamp || Date.now()).toISOString()
			}),
		(error) => handlers.onError(errorKind(error)),
		WATCH_OPTIONS
	);
	return () => geolocation.clearWatch(id);
}
