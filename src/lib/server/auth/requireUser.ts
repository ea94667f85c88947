import { ApiError } from '../http/apiError';
import type { Role, User } from '../store/records';

/** 401 without a session; 403 when the user's role is not among `roles` (when given). */
export function requireUser(user: User | null, roles?: readonly Role[]): User {
	if (!user) throw new ApiError(401, 'unauthenticated', 'Bạn cần đăng nhập. Phiên làm việc đã hết hạn hoặc chưa đăng nhập.');
	if (roles && !roles.includes(user.role)) throw new ApiError(403);
	return user;
}
