import Database from 'better-sqlite3';
import type { StreamRows } from '../review/filter';

/**
 * Batches of one statement's rows from a read-only connection of its own. better-sqlite3 refuses any
 * other statement on a connection while one is being iterated, and an export pauses between batches
 * for the client to take them; on a second connection the server's own connection stays free for
 * every other request, and WAL gives the reader one snapshot without blocking writers.
 */
export function sqliteStreamRows(file: string): StreamRows {
	return async function* <T>(sql: string, params: readonly unknown[], batchSize: number) {
		const reader = new Database(file, { readonly: true, fileMustExist: true });
		try {
			const rows = reader.prepare(sql).iterate(...params) as IterableIterator<T>;
			try {
				let batch: T[] = [];
				for (const row of rows) {
					batch.push(row);
					if (batch.length < batchSize) continue;
					yield batch;
					batch = [];
				}
				if (batch.length > 0) yield batch;
			} finally {
				// An export left early (the client went away) closes its iterator before its connection.
				rows.return?.();
			}
		} finally {
			reader.close();
		}
	};
}
