import type { LocationFix } from '$lib/domain/evidence';

/**
 * The location to attach to a photo at the moment it is taken, for the photo capture code.
 *
 * Two sources, kept in memory only (the inspection's own fix is stored with the inspection):
 * - the fix accepted for the inspection open on screen (GPS or placed by hand), and
 * - the latest fix from a running GPS watch, for photos taken before a fix was accepted.
 * A watch fix older than a few minutes is not "at capture" any more, so it is not returned.
 */

/** Older watch fixes describe where the phone was, not where the photo is taken. */
export const MAX_WATCH_FIX_AGE_MS = 2 * 60 * 1000;

let accepted: { inspectionId: string; fix: LocationFix } | null = null;
let latestWatch: { fix: LocationFix; receivedAt: number } | null = null;

/** Called by the editor when an inspection opens and whenever its location is saved. */
export function rememberInspectionFix(inspectionId: string, fix: LocationFix | null | undefined): void {
	accepted = fix ? { inspectionId, fix } : null;
}

/** Called by the GPS watch with every position it receives. */
export function rememberWatchFix(fix: LocationFix, receivedAt: number = Date.now()): void {
	latestWatch = { fix, receivedAt };
}

/**
 * The inspection's accepted fix, else the latest watch fix if recent, else null. Pass the
 * inspection's id to be sure not to get the fix of another inspection opened earlier.
 */
export function currentFix(inspectionId?: string, now: number = Date.now()): LocationFix | null {
	if (accepted && (inspectionId === undefined || accepted.inspectionId === inspectionId)) return accepted.fix;
	if (latestWatch && now - latestWatch.receivedAt <= MAX_WATCH_FIX_AGE_MS) return latestWatch.fix;
	return null;
}

/** For tests: forget everything. */
export function forgetFixes(): void {
	accepted = null;
	latestWatch = null;
}
