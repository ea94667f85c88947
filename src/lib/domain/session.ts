import { z } from 'zod/mini';

/** What a device sends to sign in (POST /api/auth/login). */
export const LoginRequestSchema = z.object({
	username: z.string().check(z.minLength(1, 'Nhập tên đăng nhập'), z.maxLength(64, 'Tên đăng nhập dài tối đa 64 ký tự')),
	password: z.string().check(z.minLength(1, 'Nhập mật khẩu'), z.maxLength(200, 'Mật khẩu dài tối đa 200 ký tự'))
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const USER_ROLES = ['inspector', 'supervisor', 'admin'] as const;
export const UserRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRoleSchema>;

/**
 * The signed-in user as the device sees it (login and GET /api/auth/me). `id` is what an inspector's
 * inspections carry as inspectorId; `jurisdiction` is the agency a supervisor oversees, with all below it.
 */
export const SessionUserSchema = z.object({
	id: z.string(),
	username: z.string(),
	displayName: z.string(),
	role: UserRoleSchema,
	jurisdiction: z.nullable(z.object({ id: z.string(), name: z.string() }))
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionResponseSchema = z.object({ user: SessionUserSchema });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
