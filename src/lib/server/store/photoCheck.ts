import { OversizedPhotoError, PhotoHashMismatchError, UnreadablePhotoError, UnsupportedPhotoError } from './errors';
import { photoStructureProblem } from './photoStructure';
import { PHOTO_MIME_TYPES, type PhotoMime } from './records';
import { SHA256_HEX, sha256Hex } from './canonical';

/** Far above a resized photo (~250 KB): a guard behind the endpoint's own body limit. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/**
 * The app sends 1600 px on the long side; room for a future setting, and no more: a 400-byte file
 * whose header claims 10000×10000 would otherwise make every reader allocate 400 MB to show it.
 */
export const MAX_PHOTO_SIDE = 2048;

const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF_MAGIC = [0x52, 0x49, 0x46, 0x46];
const WEBP_FORM = [0x57, 0x45, 0x42, 0x50];

/** The type the bytes really have, judged by their first bytes; null for anything else (HEIC, AVIF, text). */
export function detectPhotoMime(bytes: Uint8Array): PhotoMime | null {
	if (startsWith(bytes, PNG_MAGIC)) return 'image/png';
	if (startsWith(bytes, JPEG_MAGIC)) return 'image/jpeg';
	// RIFF, 4 bytes of size, WEBP: the chunk inside (VP8, VP8L, VP8X) is checked by webpStructure.ts.
	if (startsWith(bytes, RIFF_MAGIC) && startsWith(bytes.subarray(8), WEBP_FORM)) return 'image/webp';
	return null;
}

/**
 * Checks an upload before anything is written: the bytes must be the ones the hash names and a JPEG,
 * PNG or WebP of the declared type that a reader can open (photoStructure.ts), at most MAX_PHOTO_SIDE
 * pixels on a side. The server trusts what it
 * checked, never the declared type alone.
 */
export function checkPhoto(hash: string, mime: string, bytes: Uint8Array): PhotoMime {
	if (!SHA256_HEX.test(hash)) throw new UnsupportedPhotoError('A photo is addressed by 64 lowercase hex digits of SHA-256');
	if (bytes.byteLength > MAX_PHOTO_BYTES) throw new UnsupportedPhotoError(`A photo may have at most ${MAX_PHOTO_BYTES} bytes`);
	const actual = sha256Hex(bytes);
	if (actual !== hash) throw new PhotoHashMismatchError(hash, actual);
	const detected = detectPhotoMime(bytes);
	if (!detected) throw new UnsupportedPhotoError('Only JPEG, PNG and WebP photos can be stored (HEIC and other formats cannot be read here)');
	const declared = mime.split(';')[0]?.trim().toLowerCase();
	if (!isPhotoMime(declared) || declared !== detected) {
		throw new UnsupportedPhotoError(`The photo was declared as ${mime || 'nothing'} but its bytes are ${detected}`);
	}
	const size = { width: 0, height: 0 };
	const problem = photoStructureProblem(detected, bytes, size);
	if (problem) throw new UnreadablePhotoError(problem);
	if (size.width > MAX_PHOTO_SIDE || size.height > MAX_PHOTO_SIDE) throw new OversizedPhotoError(size.width, size.height, MAX_PHOTO_SIDE);
	return detected;
}

function isPhotoMime(value: string | undefined): value is PhotoMime {
	return (PHOTO_MIME_TYPES as readonly string[]).includes(value ?? '');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return bytes.length > magic.length && magic.every((byte, i) => bytes[i] === byte);
}
