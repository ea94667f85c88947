import type { GeoPoint } from './agency';
import type { Locale } from './localized';
import { fixedDigits } from './numberFormat';

/** Mean Earth radius (IUGG), metres. The haversine error against the ellipsoid is < 0.5 %: plenty for a 500 m check. */
const EARTH_RADIUS_M = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
	const dLat = toRadians(b.lat - a.lat);
	const dLng = toRadians(b.lng - a.lng);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
	// min() guards against rounding pushing h a hair above 1 for antipodal points.
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * "420 m", "3,1 km" (Vietnamese decimal comma) or "3.1 km". Whole metres under a kilometre,
 * one decimal up to 100 km, whole kilometres beyond: the precision a reader can act on.
 */
export function formatDistance(metres: number, locale: Locale): string {
	const rounded = Math.round(metres);
	if (rounded < 1000) return `${rounded} m`;
	const km = metres / 1000;
	const digits = km < 100 ? 1 : 0;
	const number = fixedDigits(locale === 'vi' ? 'vi-VN' : 'en-GB', digits).format(km);
	return `${number} km`;
}

/**
 * Decimal degrees with five decimals (about 1 m), dot-separated in every language so the text can
 * be pasted into any map or GPS app as it is.
 */
export function formatCoordinates(point: GeoPoint): string {
	return `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`;
}
