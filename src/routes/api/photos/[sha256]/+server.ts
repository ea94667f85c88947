import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readBytes } from '$lib/server/http/readBytes';
import { respond } from '$lib/server/http/respond';
import { readPhoto, readPhotoThumbnail } from '$lib/server/photos/readPhoto';
import { countPhotoUpload } from '$lib/server/photos/uploadQuota';
import { uploadType } from '$lib/server/photos/uploadType';
import { SHA256_HEX } from '$lib/server/store/canonical';
import type { RequestHandler } from './$types';

/**
 * PUT raw JPEG/PNG/WebP bytes (≤ 10 MB) at their SHA-256 → 201 stored, 200 already there (stored once,
 * but checked all the same and recorded as held by this inspector, who may then cite it); 400 when the bytes do not hash to the address; 415 for anything but a readable JPEG/PNG/WebP;
 * 429 beyond 1,500 uploads an hour per inspector (uploadQuota.ts).
 */
export const PUT: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['inspector']);
		if (!SHA256_HEX.test(params.sha256)) {
			throw new ApiError(400, 'invalid-hash', 'Địa chỉ ảnh phải là mã SHA-256 (64 chữ số hex thường).', { sha256: ['Không phải mã SHA-256'] });
		}
		const mime = uploadType(request.headers.get('content-type'));
		await countPhotoUpload(appStore(), user, new Date());
		const bytes = await readBytes(request, BODY_LIMITS.photo);
		const outcome = await appStore().putPhoto(params.sha256, mime, bytes, new Date(), user.id);
		return json({ sha256: params.sha256, outcome }, { status: outcome === 'stored' ? 201 : 200 });
	});

/**
 * GET → the bytes, for whoever may read an inspection the photo belongs to; 404 otherwise.
 * `?size=thumb` → its thumbnail (the phone's 320 px JPEG) for lists and grids, or the photo itself
 * when the server has none (X-Photo-Size says which).
 */
export const GET: RequestHandler = ({ params, locals, url }) =>
	respond(async () => {
		const user = requireUser(locals.user);
		if (!SHA256_HEX.test(params.sha256)) throw new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');
		const size = url.searchParams.get('size');
		if (size !== null && size !== 'thumb') throw new ApiError(400, 'invalid-query', 'Kích cỡ ảnh chỉ có thể là thumb.', { size: ['thumb'] });
		const { photo, thumbnail } = size === 'thumb' ? await readPhotoThumbnail(appStore(), user, params.sha256) : { photo: await readPhoto(appStore(), user, params.sha256), thumbnail: false };
		return new Response(photo.bytes as Uint8Array<ArrayBuffer>, {
			headers: {
				'content-type': photo.mime,
				'content-length': String(photo.size),
				'x-photo-size': thumbnail ? 'thumb' : 'full',
				// The address is the content's hash, so it never changes; private: it needs a session. A
				// photo given for a thumbnail the server lacks is not kept: the thumbnail may come later.
				'cache-control': size === 'thumb' && !thumbnail ? 'private, no-cache' : 'private, max-age=31536000, immutable'
			}
		});
	});
