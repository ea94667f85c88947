import { ApiError } from '../http/apiError';

/** 429 with Retry-After, for a password or a code refused by the sign-in limits. */
export function throttledError(retryAfterMs: number): ApiError {
	const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
	const minutes = Math.ceil(seconds / 60);
	return new ApiError(429, 'rate-limited', `Đăng nhập sai quá nhiều lần. Hãy thử lại sau khoảng ${minutes} phút.`, undefined, {
		'retry-after': String(seconds)
	});
}

/** No sign-in waits for a second factor on this device (never began, expired, finished elsewhere). */
export function challengeGoneError(): ApiError {
	return new ApiError(401, 'sign-in-expired', 'Phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu.');
}
