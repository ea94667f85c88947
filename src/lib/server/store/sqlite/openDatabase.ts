import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

/**
 * Opens the data file with the settings every connection must have, then migrates it.
 * - WAL: readers never block the writer, and a commit appends to the log instead of rewriting pages.
 * - synchronous=FULL: the log is fsynced at every commit. With NORMAL a power cut can lose the last
 *   commits even though the device was told "received" and has deleted nothing yet but may later;
 *   FULL is what makes an acknowledged sync durable.
 * - foreign_keys: off by default in SQLite; every reference in the schema is meant to hold.
 * - busy_timeout: `npm run user` or a second process waits for the write lock instead of failing.
 * - optimize: the query planner's statistics (ANALYZE) for tables that grew since, as SQLite
 *   recommends at open; analysis_limit keeps it to a sample, so a large database opens in
 *   milliseconds. Without statistics the planner guessed, and some review reads scanned whole
 *   indexes. The store runs it again every few hours (SqliteStore.ts).
 */
export function openDatabase(file: string): Database.Database {
	mkdirSync(dirname(file), { recursive: true });
	const db = new Database(file);
	try {
		const mode = db.pragma('journal_mode = WAL', { simple: true });
		if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${file} (got ${String(mode)}); use a local disk`);
		db.pragma('synchronous = FULL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		migrate(db);
		db.pragma('analysis_limit = 1000');
		db.pragma('optimize = 0x10002');
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}
