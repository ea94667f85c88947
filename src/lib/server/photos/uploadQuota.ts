import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/**
 * Photo uploads per inspector and hour. A day's work is a few hundred photos and a phone back after
 * a week offline sends at most a thousand or so; the cap stops one account (or a stolen session)
 * from filling the server's disk with photos no inspection refers to. Counted in the store, so it
 * holds across several app servers.
 */
export const PHOTO_UPLOAD_QUOTA = { limit: 1500, windowMs: 60 * 60 * 1000 } as const;

/** Counts one upload attempt; 429 with Retry-After once the hour's quota is used. */
export async function countPhotoUpload(store: Store, user: User, now: Date, quota: { limit: number; windowMs: number } = PHOTO_UPLOAD_QUOTA): Promise<void> {
	const result = await store.hitRateLimit(`photo-upload:${user.id}`, quota.limit, quota.windowMs, now);
	if (result.allowed) return;
	const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
	throw new ApiError(
		429,
		'too-many-photos',
		`Tài khoản đã gửi quá ${quota.limit} ảnh trong một giờ. Ảnh vẫn an toàn trên máy và sẽ được gửi tiếp sau khoảng ${Math.ceil(seconds / 60)} phút.`,
		undefined,
		{ 'retry-after': String(seconds) }
	);
}
