import { canReadInspection } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { Photo, User } from '../store/records';

/**
 * A photo for someone who may read at least one inspection it belongs to. A photo nobody has
 * submitted yet, or one only in inspections the user may not read, answers like a missing one.
 */
export async function readPhoto(store: Store, user: User, hash: string): Promise<Photo> {
	const photo = (await mayRead(store, user, hash)) ? await store.getPhoto(hash) : null;
	if (!photo) throw new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');
	return photo;
}

/**
 * A photo's thumbnail, for exactly those who may read the photo. A photo stored without one (before
 * phones sent them, schema 7) gives the photo itself: making one here would need an image decoder
 * on the server, which this one does not carry. `thumbnail` says which was given.
 */
export async function readPhotoThumbnail(store: Store, user: User, hash: string): Promise<{ photo: Photo; thumbnail: boolean }> {
	if (!(await mayRead(store, user, hash))) throw new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');
	const thumbnail = await store.getPhotoThumbnail(hash);
	if (thumbnail) return { photo: thumbnail, thumbnail: true };
	const photo = await store.getPhoto(hash);
	if (!photo) throw new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');
	return { photo, thumbnail: false };
}

async function mayRead(store: Store, user: User, hash: string): Promise<boolean> {
	const references = await store.photoReferences(hash);
	const agencies = references.length > 0 ? await store.listAgencies() : [];
	return references.some((reference) => canReadInspection(user, reference, agencies));
}
