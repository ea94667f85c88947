import type { RateLimitResult } from './records';

/** The answer to one attempt, from the window the database holds after counting it. */
export function rateLimitResult(windowStart: number, hits: number, limit: number, windowMs: number, now: Date): RateLimitResult {
	const allowed = hits <= limit;
	return { allowed, hits, retryAfterMs: allowed ? 0 : Math.max(0, windowStart + windowMs - now.getTime()) };
}
