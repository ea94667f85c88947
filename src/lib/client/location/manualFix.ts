import type { GeoPoint } from '$lib/domain/agency';
import type { LocationFix } from '$lib/domain/evidence';

/**
 * A point the inspector placed by hand (tap on the map or typed coordinates). It has no accuracy
 * (null, not 0: 0 would read as a perfect, hence suspect, GPS fix) and says it is manual, so
 * reviewers weigh it accordingly.
 */
export function manualFix(point: GeoPoint, at: Date = new Date()): LocationFix {
	return { lat: point.lat, lng: point.lng, accuracy: null, source: 'manual', capturedAt: at.toISOString() };
}
