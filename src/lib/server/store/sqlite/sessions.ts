import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { SESSION_WITH_USER_SQL, sessionWithUserFromRow, type SessionWithUserRow } from '../rows';

type SessionMethods = Pick<
	Store,
	'createSession' | 'getSession' | 'touchSession' | 'deleteSession' | 'deleteUserSessions' | 'deleteExpiredSessions'
>;

export function sqliteSessions(db: Database): SessionMethods {
	const insert = db.prepare(
		`INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
		 VALUES (@tokenHash, @userId, @createdAt, @lastSeenAt, @expiresAt)`
	);
	const byHash = db.prepare(SESSION_WITH_USER_SQL);
	const touch = db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?');
	const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
	const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
	// ISO strings from toISOString have one width, so text order is time order.
	const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

	return {
		async createSession(session) {
			insert.run(session);
		},
		async getSession(tokenHash) {
			const row = byHash.get(tokenHash) as SessionWithUserRow | undefined;
			return row ? sessionWithUserFromRow(row) : null;
		},
		async touchSession(tokenHash, lastSeenAt, expiresAt) {
			return touch.run(lastSeenAt.toISOString(), expiresAt.toISOString(), tokenHash).changes > 0;
		},
		async deleteSession(tokenHash) {
			return remove.run(tokenHash).changes > 0;
		},
		async deleteUserSessions(userId) {
			return removeForUser.run(userId).changes;
		},
		async deleteExpiredSessions(now) {
			return removeExpired.run(now.toISOString()).changes;
		}
	};
}
