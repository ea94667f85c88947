import { OversizedPhotoError, UnreadablePhotoError, UnsupportedPhotoError } from './errors';
import { detectPhotoMime } from './photoCheck';
import { photoStructureProblem } from './photoStructure';

/**
 * A thumbnail is the phone's own small JPEG of a photo (320 px on the long edge, ~15–30 KB), sent
 * beside it so list and grid pages need not download 1600 px photos. It cannot be checked against
 * the photo's hash (it is another encoding), so it is held to what a thumbnail is: a readable JPEG,
 * small in bytes and in pixels. Room is left above the app's sizes, no more.
 */
export const MAX_THUMBNAIL_BYTES = 64 * 1024;
export const MAX_THUMBNAIL_SIDE = 400;

export function checkThumbnail(bytes: Uint8Array): void {
	if (bytes.byteLength > MAX_THUMBNAIL_BYTES) throw new UnsupportedPhotoError(`A thumbnail may have at most ${MAX_THUMBNAIL_BYTES} bytes`);
	if (detectPhotoMime(bytes) !== 'image/jpeg') throw new UnsupportedPhotoError('A thumbnail must be a JPEG');
	const size = { width: 0, height: 0 };
	const problem = photoStructureProblem('image/jpeg', bytes, size);
	if (problem) throw new UnreadablePhotoError(problem);
	if (size.width > MAX_THUMBNAIL_SIDE || size.height > MAX_THUMBNAIL_SIDE) throw new OversizedPhotoError(size.width, size.height, MAX_THUMBNAIL_SIDE);
}
