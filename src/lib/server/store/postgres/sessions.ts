import type { Pool } from 'pg';
import type { Store } from '../Store';
import { SESSION_WITH_USER_SQL, sessionWithUserFromRow, type SessionWithUserRow } from '../rows';
import { numbered } from './numbered';

type SessionMethods = Pick<
	Store,
	'createSession' | 'getSession' | 'touchSession' | 'deleteSession' | 'deleteUserSessions' | 'deleteExpiredSessions'
>;

const SESSION_WITH_USER = numbered(SESSION_WITH_USER_SQL);

export function postgresSessions(pool: Pool): SessionMethods {
	return {
		async createSession(s) {
			await pool.query(
				'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
				[s.tokenHash, s.userId, s.createdAt, s.lastSeenAt, s.expiresAt]
			);
		},
		async getSession(tokenHash) {
			const { rows } = await pool.query<SessionWithUserRow>(SESSION_WITH_USER, [tokenHash]);
			return rows[0] ? sessionWithUserFromRow(rows[0]) : null;
		},
		async touchSession(tokenHash, lastSeenAt, expiresAt) {
			const result = await pool.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1', [
				tokenHash,
				lastSeenAt.toISOString(),
				expiresAt.toISOString()
			]);
			return (result.rowCount ?? 0) > 0;
		},
		async deleteSession(tokenHash) {
			return ((await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])).rowCount ?? 0) > 0;
		},
		async deleteUserSessions(userId) {
			return (await pool.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
		},
		async deleteExpiredSessions(now) {
			return (await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now.toISOString()])).rowCount ?? 0;
		}
	};
}
