import type { PhotoMeta } from './evidence';

/** Cameras' clocks drift and inspectors photograph the entrance just before starting the form. */
export const DEFAULT_VISIT_MARGIN_MS = 30 * 60 * 1000;

export interface Visit {
	startedAt: string;
	/** null while the inspection is still open: the visit runs until `now`. */
	finishedAt: string | null;
}

/**
 * Photos whose capture time lies outside the visit (started … finished, widened by a margin), e.g. a
 * picture taken the day before or chosen from an old album. For review, like the location flags.
 * A capture time that cannot be read is reported too: it cannot be placed inside the visit.
 */
export function photosOutsideVisit<P extends Pick<PhotoMeta, 'capturedAt'>>(
	photos: readonly P[],
	visit: Visit,
	marginMs: number = DEFAULT_VISIT_MARGIN_MS,
	now: Date = new Date()
): P[] {
	const from = Date.parse(visit.startedAt) - marginMs;
	const until = (visit.finishedAt ? Date.parse(visit.finishedAt) : now.getTime()) + marginMs;
	return photos.filter((photo) => {
		const at = Date.parse(photo.capturedAt);
		return Number.isNaN(at) || at < from || at > until;
	});
}
