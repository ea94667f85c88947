/**
 * How good a GPS fix is, by the radius the device reports. The thresholds follow ODK's web forms,
 * which field teams already know: ≤ 5 m is taken without asking, above 100 m is called poor (the
 * inspector may still save it, and reviewers see the accuracy beside the point).
 */
export const AUTO_ACCEPT_ACCURACY_M = 5;
export const POOR_ACCURACY_M = 100;

export type AccuracyQuality = 'good' | 'fair' | 'poor';

export function accuracyQuality(accuracyMetres: number): AccuracyQuality {
	if (accuracyMetres <= AUTO_ACCEPT_ACCURACY_M) return 'good';
	if (accuracyMetres <= POOR_ACCURACY_M) return 'fair';
	return 'poor';
}
