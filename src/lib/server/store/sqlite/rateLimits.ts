import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { peekResult, rateLimitResult } from '../rateLimitResult';

export function sqliteRateLimits(db: Database): Pick<Store, 'hitRateLimit' | 'peekRateLimit' | 'resetRateLimit'> {
	// One statement, so the count is right even with several processes on the same file.
	const hit = db.prepare(
		`INSERT INTO rate_limits (key, window_start, hits) VALUES (@key, @now, 1)
		 ON CONFLICT (key) DO UPDATE SET
			hits = CASE WHEN window_start + @windowMs <= @now THEN 1 ELSE hits + 1 END,
			window_start = CASE WHEN window_start + @windowMs <= @now THEN @now ELSE window_start END
		 RETURNING window_start AS windowStart, hits`
	);
	const reset = db.prepare('DELETE FROM rate_limits WHERE key = ?');
	const read = db.prepare('SELECT window_start AS windowStart, hits FROM rate_limits WHERE key = ?');

	return {
		async hitRateLimit(key, limit, windowMs, now) {
			const row = hit.get({ key, now: now.getTime(), windowMs }) as { windowStart: number; hits: number };
			return rateLimitResult(row.windowStart, row.hits, limit, windowMs, now);
		},
		async peekRateLimit(key, limit, windowMs, now) {
			const row = read.get(key) as { windowStart: number; hits: number } | undefined;
			return peekResult(row?.windowStart ?? 0, row?.hits ?? 0, limit, windowMs, now);
		},
		async resetRateLimit(key) {
			reset.run(key);
		}
	};
}
