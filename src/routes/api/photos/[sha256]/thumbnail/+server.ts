import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readBytes } from '$lib/server/http/readBytes';
import { respond } from '$lib/server/http/respond';
import { uploadType } from '$lib/server/photos/uploadType';
import { SHA256_HEX } from '$lib/server/store/canonical';
import type { RequestHandler } from './$types';

/**
 * PUT the phone's thumbnail of a photo (raw JPEG, ≤ 64 KB, ≤ 400 px a side) at the photo's SHA-256,
 * sent right after the photo in the same sync step → 201 stored, 200 one is already there (the first
 * stays); 409 when this inspector has not uploaded the photo itself (only a holder of the bytes may
 * give it a thumbnail); 415 for anything but such a JPEG. Served by GET /api/photos/{sha256}?size=thumb.
 */
export const PUT: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['inspector']);
		if (!SHA256_HEX.test(params.sha256)) {
			throw new ApiError(400, 'invalid-hash', 'Địa chỉ ảnh phải là mã SHA-256 (64 chữ số hex thường).', { sha256: ['Không phải mã SHA-256'] });
		}
		if (uploadType(request.headers.get('content-type')) !== 'image/jpeg') {
			throw new ApiError(415, 'unsupported-media-type', 'Ảnh thu nhỏ phải là JPEG (Content-Type: image/jpeg).');
		}
		const bytes = await readBytes(request, BODY_LIMITS.thumbnail);
		const outcome = await appStore().putPhotoThumbnail(params.sha256, bytes, new Date(), user.id);
		if (outcome === 'not-held') throw new ApiError(409, 'photo-not-held', 'Hãy gửi ảnh trước, rồi mới gửi ảnh thu nhỏ của nó.');
		return json({ sha256: params.sha256, outcome }, { status: outcome === 'stored' ? 201 : 200 });
	});
