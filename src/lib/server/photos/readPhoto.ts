import { canReadInspection } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { Photo, User } from '../store/records';

/**
 * A photo for someone who may read at least one inspection it belongs to. A photo nobody has
 * submitted yet, or one only in inspections the user may not read, answers like a missing one.
 */
export async function readPhoto(store: Store, user: User, hash: string): Promise<Photo> {
	const references = await store.photoReferences(hash);
	const agencies = references.length > 0 ? await store.listAgencies() : [];
	const allowed = references.some((reference) => canReadInspection(user, reference, agencies));
	const photo = allowed ? await store.getPhoto(hash) : null;
	if (!photo) throw new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');
	return photo;
}
