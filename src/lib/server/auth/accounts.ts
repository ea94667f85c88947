import { z } from 'zod/mini';
import type { Store } from '../store/Store';
import { NotFoundError, UsernameTakenError } from '../store/errors';
import { ROLES, type Role, type User } from '../store/records';
import { hashPassword, type ScryptParams } from './password';
import { revokeAllSessions } from './sessions';

/**
 * Account management, shared by the admin pages and `npm run user`: the rules live here once.
 * Messages are Vietnamese because the admin pages show them as they are.
 */

export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;

export const UsernameSchema = z
	.string()
	.check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, 'Tên đăng nhập gồm 3–64 chữ cái không dấu, số, dấu chấm, gạch nối'));
export const DisplayNameSchema = z.string().check(z.trim(), z.minLength(1, 'Cần họ tên'), z.maxLength(200));
export const RoleSchema = z.enum(ROLES, 'Vai trò là inspector, supervisor hoặc admin');

export type AccountField = 'username' | 'displayName' | 'role' | 'jurisdictionId' | 'password';

/** A rule broken by the input, with the field it concerns (for 400 responses with field errors). */
export class AccountError extends Error {
	constructor(
		readonly field: AccountField,
		message: string
	) {
		super(message);
		this.name = 'AccountError';
	}
}

export interface AccountInput {
	username: string;
	displayName: string;
	role: Role;
	jurisdictionId: string | null;
	password: string;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
	if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`;
	if (password.length > PASSWORD_MAX_LENGTH) return `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự`;
	if (username && password.toLowerCase().includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập';
	if (new Set(password).size < 4) return 'Mật khẩu quá đơn giản';
	return null;
}

export async function createAccount(
	store: Store,
	input: AccountInput,
	now: Date,
	params?: ScryptParams,
	hash: (password: string) => Promise<string> = (password) => hashPassword(password, params)
): Promise<User> {
	const username = parseField('username', UsernameSchema, input.username);
	const displayName = parseField('displayName', DisplayNameSchema, input.displayName);
	const role = parseField('role', RoleSchema, input.role);
	checkJurisdiction(role, input.jurisdictionId);
	const problem = passwordProblem(input.password, username);
	if (problem) throw new AccountError('password', problem);
	try {
		return await store.createUser(
			{ username, displayName, role, jurisdictionId: input.jurisdictionId, passwordHash: await hash(input.password) },
			now
		);
	} catch (error) {
		if (error instanceof UsernameTakenError) throw new AccountError('username', `Tên đăng nhập "${username}" đã có người dùng`);
		throw error;
	}
}

/** Sets a new password and signs the user out everywhere. */
export async function resetPassword(store: Store, userId: string, password: string, now: Date, params?: ScryptParams): Promise<User> {
	const user = await requireUser(store, userId);
	const problem = passwordProblem(password, user.username);
	if (problem) throw new AccountError('password', problem);
	const updated = await store.updateUser(userId, { passwordHash: await hashPassword(password, params) }, now);
	await revokeAllSessions(store, userId);
	return updated;
}

export async function setRole(store: Store, userId: string, role: Role, jurisdictionId: string | null, now: Date): Promise<User> {
	await requireUser(store, userId);
	checkJurisdiction(parseField('role', RoleSchema, role), jurisdictionId);
	return store.updateUser(userId, { role, jurisdictionId }, now);
}

/** Disabling signs the user out at once; their submitted inspections stay. */
export async function setDisabled(store: Store, userId: string, disabled: boolean, now: Date): Promise<User> {
	await requireUser(store, userId);
	const updated = await store.updateUser(userId, { disabled }, now);
	if (disabled) await revokeAllSessions(store, userId);
	return updated;
}

function checkJurisdiction(role: Role, jurisdictionId: string | null): void {
	if (role === 'supervisor' && !jurisdictionId) {
		throw new AccountError('jurisdictionId', 'Người giám sát cần một cơ quan làm phạm vi phụ trách');
	}
}

async function requireUser(store: Store, userId: string): Promise<User> {
	const user = await store.getUser(userId);
	if (!user) throw new NotFoundError('User', userId);
	return user;
}

function parseField<T>(field: AccountField, schema: z.ZodMiniType<T>, value: unknown): T {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw new AccountError(field, parsed.error.issues[0]?.message ?? 'Không hợp lệ');
	return parsed.data;
}
