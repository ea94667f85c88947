import type { Database } from 'better-sqlite3';

/**
 * Hands out the next change sequence. Call inside a write transaction: SQLite has one writer at a
 * time, so numbers are committed in the order they are handed out and a reader's cursor never
 * skips a row that commits later with a smaller number.
 */
export function changeCounter(db: Database): () => number {
	const next = db.prepare('UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value').pluck();
	return () => next.get() as number;
}
