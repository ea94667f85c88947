import type { RateLimitResult } from './records';

/** The answer to one attempt, from the window the database holds after counting it. */
export function rateLimitResult(windowStart: number, hits: number, limit: number, windowMs: number, now: Date): RateLimitResult {
	const allowed = hits <= limit;
	return { allowed, hits, retryAfterMs: allowed ? 0 : Math.max(0, windowStart + windowMs - now.getTime()) };
}

/**
 * The window as it stands, counting nothing: `allowed` while fewer than `limit` hits are in it (the
 * next one may still be made). A window that has passed counts as empty.
 */
export function peekResult(windowStart: number, hits: number, limit: number, windowMs: number, now: Date): RateLimitResult {
	const current = windowStart + windowMs > now.getTime() ? hits : 0;
	const allowed = current < limit;
	return { allowed, hits: current, retryAfterMs: allowed ? 0 : Math.max(0, windowStart + windowMs - now.getTime()) };
}
