import type { Pool } from 'pg';
import type { Store } from '../Store';
import { peekResult, rateLimitResult } from '../rateLimitResult';
import { int } from '../rows';

export function postgresRateLimits(pool: Pool): Pick<Store, 'hitRateLimit' | 'peekRateLimit' | 'resetRateLimit'> {
	return {
		async hitRateLimit(key, limit, windowMs, now) {
			// One statement: the row lock makes concurrent attempts from several app servers count one by one.
			const { rows } = await pool.query<{ window_start: string; hits: number }>(
				`INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2::bigint, 1)
				 ON CONFLICT (key) DO UPDATE SET
					hits = CASE WHEN rate_limits.window_start + $3::bigint <= $2::bigint THEN 1 ELSE rate_limits.hits + 1 END,
					window_start = CASE WHEN rate_limits.window_start + $3::bigint <= $2::bigint THEN $2::bigint ELSE rate_limits.window_start END
				 RETURNING window_start, hits`,
				[key, now.getTime(), windowMs]
			);
			const row = rows[0] as { window_start: string; hits: number };
			return rateLimitResult(int(row.window_start), row.hits, limit, windowMs, now);
		},
		async peekRateLimit(key, limit, windowMs, now) {
			const { rows } = await pool.query<{ window_start: string; hits: number }>('SELECT window_start, hits FROM rate_limits WHERE key = $1', [key]);
			return peekResult(int(rows[0]?.window_start ?? '0'), rows[0]?.hits ?? 0, limit, windowMs, now);
		},
		async resetRateLimit(key) {
			await pool.query('DELETE FROM rate_limits WHERE key = $1', [key]);
		}
	};
}
