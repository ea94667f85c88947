import { ApiError } from '../http/apiError';
import { PHOTO_MIME_TYPES, type PhotoMime } from '../store/records';

/** The declared type of an upload, refused (415) before any byte is read unless JPEG or PNG. */
export function uploadType(contentType: string | null): PhotoMime {
	const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (!(PHOTO_MIME_TYPES as readonly string[]).includes(type)) {
		throw new ApiError(415, 'unsupported-media-type', 'Chỉ nhận ảnh JPEG hoặc PNG (Content-Type: image/jpeg hoặc image/png).');
	}
	return type as PhotoMime;
}
