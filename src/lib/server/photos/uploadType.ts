import { ApiError } from '../http/apiError';
import { PHOTO_MIME_TYPES, type PhotoMime } from '../store/records';

/** The declared type of an upload, refused (415) before any byte is read unless JPEG, PNG or WebP. */
export function uploadType(contentType: string | null): PhotoMime {
	const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (!(PHOTO_MIME_TYPES as readonly string[]).includes(type)) {
		throw new ApiError(415, 'unsupported-media-type', 'Chỉ nhận ảnh JPEG, PNG hoặc WebP (Content-Type: image/jpeg, image/png hoặc image/webp).');
	}
	return type as PhotoMime;
}
