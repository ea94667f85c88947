import type { ImageKind } from './imageHeader';
import type { PhotoOptions } from './photoOptions';

/** What the worker is doing with a photo, shown to the inspector as it goes. */
export type PhotoStage = 'decoding' | 'encoding' | 'hashing';

/** Why a file could not become a stored photo. Each has its own plain message (photoErrors.ts). */
export type PhotoFailureReason =
	| 'empty'
	/** Not a picture at all (a document, a renamed file). */
	| 'not-image'
	/** HEIC/HEIF that this browser cannot decode (Chromium on Android and Linux). */
	| 'heic'
	/** A picture format this browser cannot decode (e.g. AVIF on an old browser). */
	| 'unsupported'
	/** Looks like a JPEG, PNG… but the decoder failed: broken or cut short. */
	| 'broken'
	| 'too-many-pixels'
	/** Anything else that went wrong in the worker (out of memory…). */
	| 'failed';

export interface EncodedImage {
	/** WebP where the browser's canvas writes it and the picture is of the family where it wins (webpWhereItWins.ts); thumbnails are always JPEG. */
	mime: 'image/jpeg' | 'image/webp';
	bytes: ArrayBuffer;
	width: number;
	height: number;
}

export interface ProcessedPhoto {
	image: EncodedImage;
	thumb: EncodedImage;
	/** SHA-256 (hex) of image.bytes, exactly the bytes that are stored. */
	sha256: string;
	/** From EXIF DateTimeOriginal when the file had one. */
	capturedAt: string | null;
	/** From the EXIF GPS tags when the file had them (read before re-encoding strips them). */
	exifLocation: { lat: number; lng: number } | null;
	/** The input's format and stored size, for the record and the benchmark. */
	source: { kind: ImageKind; width: number; height: number; bytes: number };
	/** The quality of the stored encoding (JPEG: where the byte cap settled; WebP: options.webpQuality). */
	quality: number;
}

export type ProcessResult = { ok: true; photo: ProcessedPhoto } | { ok: false; reason: PhotoFailureReason; detail: string };

export interface WorkerRequest {
	id: number;
	/** The file itself, not an ImageBitmap: Chromium has lost EXIF orientation across threads. */
	file: Blob;
	options: PhotoOptions;
}

export type WorkerReply =
	| { id: number; type: 'stage'; stage: PhotoStage }
	| { id: number; type: 'result'; result: ProcessResult };
