import type { GeoPoint } from './agency';
import type { LocationFix } from './evidence';
import { DEFAULT_FAR_FROM_AGENCY_METRES } from './farFromAgency';
import { distanceMetres } from './geo';
import { POOR_ACCURACY_M } from './locationAccuracy';

/**
 * Signals for whoever reviews an inspection. A flag is a reason to look closer, never a verdict:
 * an inspection may rightly happen away from the head office (a branch, a one-stop desk elsewhere).
 */
export const LOCATION_FLAGS = ['no-location', 'manual-location', 'suspect-accuracy', 'poor-accuracy', 'far-from-agency'] as const;
export type LocationFlag = (typeof LOCATION_FLAGS)[number];

export { DEFAULT_FAR_FROM_AGENCY_METRES };

export interface LocationAssessment {
	/** Metres between the inspection point and the agency's registered location; null when either is unknown. */
	distanceMetres: number | null;
	flags: LocationFlag[];
}

export function assessLocation(
	fix: LocationFix | null | undefined,
	agencyLocation: GeoPoint | null | undefined,
	farFromAgencyMetres: number = DEFAULT_FAR_FROM_AGENCY_METRES
): LocationAssessment {
	if (!fix) return { distanceMetres: null, flags: ['no-location'] };
	const flags: LocationFlag[] = [];
	if (fix.source === 'manual') flags.push('manual-location');
	// Real receivers never report a perfect fix; exactly 0 is what fake-GPS apps send.
	if (fix.accuracy === 0) flags.push('suspect-accuracy');
	if (fix.accuracy !== null && fix.accuracy > POOR_ACCURACY_M) flags.push('poor-accuracy');
	const distance = agencyLocation ? distanceMetres(fix, agencyLocation) : null;
	if (distance !== null && distance > farFromAgencyMetres) flags.push('far-from-agency');
	return { distanceMetres: distance, flags };
}
