import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Store } from '../Store';
import { InvalidRecordError, NotFoundError, UsernameTakenError } from '../errors';
import { userFromRow, type UserRow } from '../rows';
import { usernameKey } from '../usernameKey';
import { isForeignKeyViolation } from './constraintErrors';

const USER_COLUMNS = 'id, username, display_name, role, jurisdiction_id, disabled, created_at, updated_at';

type UserMethods = Pick<
	Store,
	'createUser' | 'getUser' | 'getUserByUsername' | 'listUsers' | 'countUsers' | 'updateUser' | 'getPasswordHash'
>;

export function sqliteUsers(db: Database): UserMethods {
	const insert = db.prepare(
		`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, disabled, created_at, updated_at)
		 VALUES (@id, @username, @usernameKey, @displayName, @role, @jurisdictionId, @passwordHash, 0, @now, @now)
		 ON CONFLICT (username_key) DO NOTHING`
	);
	const byId = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
	const byKey = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username_key = ?`);
	const all = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY username_key`);
	const count = db.prepare('SELECT count(*) AS n FROM users').pluck();
	const passwordHash = db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck();
	const update = db.prepare(
		`UPDATE users SET
			display_name = coalesce(@displayName, display_name),
			role = coalesce(@role, role),
			jurisdiction_id = CASE WHEN @setJurisdiction THEN @jurisdictionId ELSE jurisdiction_id END,
			disabled = coalesce(@disabled, disabled),
			password_hash = coalesce(@passwordHash, password_hash),
			updated_at = @now
		 WHERE id = @id`
	);
	const get = (id: string) => {
		const row = byId.get(id) as UserRow | undefined;
		return row ? userFromRow(row) : null;
	};

	return {
		async createUser(user, now) {
			const id = randomUUID();
			const result = unknownJurisdictionIsInvalid(user.jurisdictionId, () =>
				insert.run({ ...user, id, usernameKey: usernameKey(user.username), now: now.toISOString() })
			);
			if (result.changes === 0) throw new UsernameTakenError(user.username);
			return get(id) as NonNullable<ReturnType<typeof get>>;
		},
		async getUser(id) {
			return get(id);
		},
		async getUserByUsername(username) {
			const row = byKey.get(usernameKey(username)) as UserRow | undefined;
			return row ? userFromRow(row) : null;
		},
		async listUsers() {
			return (all.all() as UserRow[]).map(userFromRow);
		},
		async countUsers() {
			return count.get() as number;
		},
		async updateUser(id, changes, now) {
			const result = unknownJurisdictionIsInvalid(changes.jurisdictionId, () => update.run({
				id,
				displayName: changes.displayName ?? null,
				role: changes.role ?? null,
				setJurisdiction: changes.jurisdictionId !== undefined ? 1 : 0,
				jurisdictionId: changes.jurisdictionId ?? null,
				disabled: changes.disabled === undefined ? null : Number(changes.disabled),
				passwordHash: changes.passwordHash ?? null,
				now: now.toISOString()
			}));
			if (result.changes === 0) throw new NotFoundError('User', id);
			return get(id) as NonNullable<ReturnType<typeof get>>;
		},
		async getPasswordHash(userId) {
			return (passwordHash.get(userId) as string | undefined) ?? null;
		}
	};
}

function unknownJurisdictionIsInvalid<T>(jurisdictionId: string | null | undefined, write: () => T): T {
	try {
		return write();
	} catch (error) {
		if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown jurisdiction agency ${String(jurisdictionId)}`);
		throw error;
	}
}
