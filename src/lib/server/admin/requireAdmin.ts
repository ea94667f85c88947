import { error } from '@sveltejs/kit';
import { canManageUsers } from '../auth/authorize';
import type { User } from '../store/records';

/**
 * Admin pages and every admin form action start here: form actions do not run the layout's load,
 * so each checks on its own. 401 signed out, 403 for any other role.
 */
export function requireAdmin(user: User | null): User {
	if (!user) error(401, 'Bạn cần đăng nhập bằng tài khoản quản trị.');
	if (!canManageUsers(user)) error(403, 'Chỉ quản trị viên được quản lý tài khoản.');
	return user;
}
