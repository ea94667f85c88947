import { v7 as uuidv7 } from 'uuid';
import type { LocationFix, PhotoMeta } from '$lib/domain/evidence';
import type { LocalizedText } from '$lib/domain/localized';
import type { PhotoSource } from '$lib/domain/manifest';
import { isQuotaError } from '../inspections/errors';
import { describePhotoSaveError, PHOTO_FAILURE_TEXT } from './photoErrors';
import type { PhotoStage } from './photoMessages';
import { photoProcessor, type PhotoProcessor } from './photoProcessor';
import { refreshPhotoWarnings } from './refreshPhotoWarnings';

export { refreshPhotoWarnings };
import { savePhoto, type NewPhoto } from './savePhoto';

/** Where new photos go. `location` is the fix at capture when one is known (from the location feature). */
export interface PhotoTarget {
	inspectionId: string;
	/** null: a photo of the inspection as a whole. */
	itemId: string | null;
	location: LocationFix | null;
	/** Which button brought the files: the camera ("Chụp ảnh") or the gallery ("Chọn ảnh có sẵn"). */
	source: PhotoSource;
}

export type PhotoProgressStage = 'queued' | PhotoStage | 'saving' | 'saved' | 'failed';

export interface PhotoProgress {
	/** Stable for one picked file across its updates. */
	key: string;
	name: string;
	stage: PhotoProgressStage;
	message: LocalizedText | null;
	/** The failure was storage being full: offer to free space. */
	storageFull: boolean;
}

export interface AddPhotoOptions {
	onProgress?: (progress: PhotoProgress) => void;
	/** With one file: the photo it replaces (removed in the same transaction as the new one is added). */
	replaces?: string;
	processor?: PhotoProcessor;
	now?: () => Date;
}

let keys = 0;

/**
 * Process and store picked files, one after another in the photo worker, each reporting its own
 * progress. A file that fails gets its own message; the others, and the rest of the form, are not
 * affected. Resolves when every file is saved or has failed.
 */
export async function addPhotos(files: readonly File[], target: PhotoTarget, options: AddPhotoOptions = {}): Promise<PhotoProgress[]> {
	const processor = options.processor ?? photoProcessor();
	const now = options.now ?? (() => new Date());
	const report = options.onProgress ?? (() => {});
	const jobs = files.map(async (file): Promise<PhotoProgress> => {
		const progress: PhotoProgress = { key: `photo-${++keys}`, name: file.name, stage: 'queued', message: null, storageFull: false };
		const update = (patch: Partial<PhotoProgress>) => {
			Object.assign(progress, patch);
			report({ ...progress });
		};
		update({});
		const result = await processor.process(file, (stage) => update({ stage }));
		if (!result.ok) {
			update({ stage: 'failed', message: PHOTO_FAILURE_TEXT[result.reason] });
			return progress;
		}
		update({ stage: 'saving' });
		const { photo } = result;
		const addedAt = now().toISOString();
		const meta: PhotoMeta = {
			id: uuidv7(),
			inspectionId: target.inspectionId,
			itemId: target.itemId,
			caption: '',
			mime: photo.image.mime,
			sha256: photo.sha256,
			byteLength: photo.image.bytes.byteLength,
			width: photo.image.width,
			height: photo.image.height,
			capturedAt: photo.capturedAt ?? addedAt,
			location: target.location,
			addedAt
		};
		const provenance = { source: target.source, exifCapturedAt: photo.capturedAt, exifLocation: photo.exifLocation };
		const record: NewPhoto = { meta, provenance, image: photo.image, thumb: photo.thumb };
		try {
			await savePhoto(record, options.replaces ?? null);
			update({ stage: 'saved' });
		} catch (error) {
			update({ stage: 'failed', message: describePhotoSaveError(error), storageFull: isQuotaError(error) });
		}
		return progress;
	});
	const done = await Promise.all(jobs);
	// Worded once the batch is stored, so a photo repeated within the batch is seen too. A failure
	// here only means no warning on the form; the server and the review page compute flags afresh.
	if (done.some((p) => p.stage === 'saved')) await refreshPhotoWarnings(target.inspectionId).catch(() => {});
	return done;
}
