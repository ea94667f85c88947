import type { UserRole } from '$lib/domain/session';

/** Roles as the admin pages name them. */
export const ROLE_LABELS: Record<UserRole, string> = {
	inspector: 'Người kiểm tra',
	supervisor: 'Người giám sát',
	admin: 'Quản trị viên'
};

export const ROLE_ORDER: readonly UserRole[] = ['inspector', 'supervisor', 'admin'];
