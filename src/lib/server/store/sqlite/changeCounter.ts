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

/**
 * The same counter for a whole batch: read once, numbers handed out in memory, written back once
 * (`save`) before the transaction commits, instead of one UPDATE per inspection. Safe for the same
 * reason: the write transaction holds the only write lock until it commits or rolls back.
 */
export function batchChangeCounter(db: Database): () => { next(): number; save(): void } {
	const read = db.prepare('SELECT value FROM change_counter WHERE id = 1').pluck();
	const write = db.prepare('UPDATE change_counter SET value = ? WHERE id = 1');
	return () => {
		const start = read.get() as number;
		let value = start;
		return {
			next: () => ++value,
			save: () => {
				if (value !== start) write.run(value);
			}
		};
	};
}
