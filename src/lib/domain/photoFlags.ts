import type { GeoPoint } from './agency';
import { DEFAULT_FAR_FROM_AGENCY_METRES } from './farFromAgency';
import { distanceMetres } from './geo';
import { DEFAULT_VISIT_MARGIN_MS, photosOutsideVisit, type Visit } from './photoTiming';

/**
 * Why a photo may not be the on-site evidence it looks like: computed the same way on the phone (at
 * once, on the photo in the form) and on the server (the queue flag, the review page), from what
 * the record says of each photo. Like the location flags, a reason to look closer, never a verdict:
 * a photo of a notice board may rightly be reused, a camera's clock may be wrong.
 */
export type PhotoFlag =
	/** Its EXIF capture time is before the visit started or after it was finalized (beyond the margin). */
	| { kind: 'outside-visit'; when: 'before' | 'after'; gapMs: number }
	/** The file said nothing of when it was taken (no EXIF time): it cannot be placed in the visit. */
	| { kind: 'no-capture-time' }
	/** Its EXIF GPS position is farther from the agency than the location flags allow. */
	| { kind: 'far-from-agency'; distanceMetres: number }
	/** The same bytes (same SHA-256) are used `count` times in this record. */
	| { kind: 'repeated-in-record'; count: number }
	/** The same bytes back another inspection too (known on the server only). */
	| { kind: 'in-other-inspection' };

export type PhotoFlagKind = PhotoFlag['kind'];

/** What the flags read of a photo: a manifest photo, a stored photo on the phone, or a legacy record's photo. */
export interface FlaggablePhoto {
	id: string;
	sha256: string;
	/** EXIF time when there was one, else when it was added (older records: the only time known). */
	capturedAt: string;
	/** null or absent: how it came was not recorded (photos added before the phone recorded it). */
	source?: 'camera' | 'gallery' | null;
	exifCapturedAt?: string | null;
	exifLocation?: GeoPoint | null;
}

export interface PhotoFlagContext {
	visit: Visit;
	agencyLocation: GeoPoint | null;
	farFromAgencyMetres?: number;
	/** Hashes that other inspections cite (server side); empty on the phone. */
	elsewhere?: ReadonlySet<string>;
	marginMs?: number;
	now?: Date;
}

/**
 * The capture time the flags judge: the EXIF time when the phone recorded provenance (null when the
 * file had none), else the record's capturedAt (older records kept EXIF-or-added there, unmarked).
 */
function captureTime(photo: FlaggablePhoto): string | null {
	if (photo.source === null || photo.source === undefined) return photo.exifCapturedAt ?? photo.capturedAt;
	return photo.exifCapturedAt ?? null;
}

/** The flags of every photo, by photo id (photos without a flag are absent). */
export function photoFlags(photos: readonly FlaggablePhoto[], context: PhotoFlagContext): Map<string, PhotoFlag[]> {
	const margin = context.marginMs ?? DEFAULT_VISIT_MARGIN_MS;
	const now = context.now ?? new Date();
	const far = context.farFromAgencyMetres ?? DEFAULT_FAR_FROM_AGENCY_METRES;
	const uses = new Map<string, number>();
	for (const p of photos) uses.set(p.sha256, (uses.get(p.sha256) ?? 0) + 1);
	const timed = photos.flatMap((p) => {
		const at = captureTime(p);
		return at === null ? [] : [{ id: p.id, capturedAt: at }];
	});
	const outside = new Set(photosOutsideVisit(timed, context.visit, margin, now).map((p) => p.id));
	const start = Date.parse(context.visit.startedAt);
	const end = context.visit.finishedAt === null ? now.getTime() : Date.parse(context.visit.finishedAt);

	const result = new Map<string, PhotoFlag[]>();
	for (const photo of photos) {
		const flags: PhotoFlag[] = [];
		const at = captureTime(photo);
		if (at === null || Number.isNaN(Date.parse(at))) flags.push({ kind: 'no-capture-time' });
		else if (outside.has(photo.id)) {
			const t = Date.parse(at);
			flags.push(t < start ? { kind: 'outside-visit', when: 'before', gapMs: start - t } : { kind: 'outside-visit', when: 'after', gapMs: t - end });
		}
		if (photo.exifLocation && context.agencyLocation) {
			const d = distanceMetres(photo.exifLocation, context.agencyLocation);
			if (d > far) flags.push({ kind: 'far-from-agency', distanceMetres: d });
		}
		const count = uses.get(photo.sha256) ?? 1;
		if (count > 1) flags.push({ kind: 'repeated-in-record', count });
		if (context.elsewhere?.has(photo.sha256)) flags.push({ kind: 'in-other-inspection' });
		if (flags.length > 0) result.set(photo.id, flags);
	}
	return result;
}

/** Whether any photo of the record carries a flag that the record alone shows (the queue flag's part). */
export function anyPhotoFlagged(photos: readonly FlaggablePhoto[], context: PhotoFlagContext): boolean {
	return photoFlags(photos, context).size > 0;
}
