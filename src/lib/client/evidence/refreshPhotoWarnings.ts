import type { LocalizedText } from '$lib/domain/localized';
import { photoFlagText } from '$lib/domain/photoFlagText';
import { database, type InspectorDatabase } from '../db/database';
import { inspectionPhotoFlags } from './inspectionPhotoFlags';

/**
 * Words each photo's flags (photoFlags.ts) onto its record on the device, after photos are added,
 * replaced or removed: the form and the summary then show the stored words, so the flag code stays
 * out of the inspector pages' initial JavaScript (a budget of 100 KB). Every photo of the inspection
 * is worded afresh, since adding or removing one copy of a photo changes what the other copy says.
 * Only photos whose words change are written (a live query watches these rows).
 */
export async function refreshPhotoWarnings(inspectionId: string, db: InspectorDatabase = database()): Promise<void> {
	const flags = await inspectionPhotoFlags(inspectionId, db);
	const same = (a: readonly LocalizedText[] = [], b: readonly LocalizedText[]) => a.length === b.length && a.every((w, k) => w.vi === b[k]?.vi && w.en === b[k]?.en);
	await db.transaction('rw', db.photos, async () => {
		const photos = await db.photos.where('inspectionId').equals(inspectionId).toArray();
		for (const photo of photos) {
			const warnings = (flags.get(photo.id) ?? []).map(photoFlagText);
			if (!same(photo.warnings, warnings)) await db.photos.update(photo.id, { warnings });
		}
	});
}
