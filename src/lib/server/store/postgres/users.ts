import type { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import type { Store } from '../Store';
import { InvalidRecordError, NotFoundError, UsernameTakenError } from '../errors';
import { int, userFromRow, type UserRow } from '../rows';
import { usernameKey } from '../usernameKey';
import { isForeignKeyViolation } from './pool';

const USER_COLUMNS = 'id, username, display_name, role, jurisdiction_id, disabled, created_at, updated_at';

type UserMethods = Pick<
	Store,
	'createUser' | 'getUser' | 'getUserByUsername' | 'listUsers' | 'countUsers' | 'updateUser' | 'getPasswordHash'
>;

export function postgresUsers(pool: Pool): UserMethods {
	const one = async (sql: string, value: string) => {
		const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${sql}`, [value]);
		return rows[0] ? userFromRow(rows[0]) : null;
	};

	return {
		async createUser(user, now) {
			const { rows } = await unknownJurisdictionIsInvalid(user.jurisdictionId, () =>
				pool.query<UserRow>(
					`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, created_at, updated_at)
					 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
					 ON CONFLICT (username_key) DO NOTHING
					 RETURNING ${USER_COLUMNS}`,
					[randomUUID(), user.username, usernameKey(user.username), user.displayName, user.role, user.jurisdictionId, user.passwordHash, now.toISOString()]
				)
			);
			if (!rows[0]) throw new UsernameTakenError(user.username);
			return userFromRow(rows[0]);
		},
		getUser: (id) => one('id = $1', id),
		getUserByUsername: (username) => one('username_key = $1', usernameKey(username)),
		async listUsers() {
			const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username_key COLLATE "C"`);
			return rows.map(userFromRow);
		},
		async countUsers() {
			const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM users');
			return int(rows[0]?.n ?? 0);
		},
		async updateUser(id, changes, now) {
			const { rows } = await unknownJurisdictionIsInvalid(changes.jurisdictionId, () =>
				pool.query<UserRow>(
					`UPDATE users SET
						display_name = coalesce($2, display_name),
						role = coalesce($3, role),
						jurisdiction_id = CASE WHEN $4 THEN $5 ELSE jurisdiction_id END,
						disabled = coalesce($6, disabled),
						password_hash = coalesce($7, password_hash),
						updated_at = $8
					 WHERE id = $1
					 RETURNING ${USER_COLUMNS}`,
					[
						id,
						changes.displayName ?? null,
						changes.role ?? null,
						changes.jurisdictionId !== undefined,
						changes.jurisdictionId ?? null,
						changes.disabled ?? null,
						changes.passwordHash ?? null,
						now.toISOString()
					]
				)
			);
			if (!rows[0]) throw new NotFoundError('User', id);
			return userFromRow(rows[0]);
		},
		async getPasswordHash(userId) {
			const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]);
			return rows[0]?.password_hash ?? null;
		}
	};
}

async function unknownJurisdictionIsInvalid<T>(jurisdictionId: string | null | undefined, write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown jurisdiction agency ${String(jurisdictionId)}`);
		throw error;
	}
}
