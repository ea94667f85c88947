import Database from 'better-sqlite3';

/**
 * A second connection to the same data file for bookkeeping writes whose last few may be lost in a
 * power cut without harm: rate-limit counters (a cut forgets a few attempts) and a device's last-seen
 * time. It runs synchronous=NORMAL, so its commits append to the WAL without an fsync; the next
 * commit of the main connection (synchronous=FULL) fsyncs the log, these frames included.
 *
 * Why: every photo upload counts against a rate limit, and with FULL each count was a commit and an
 * fsync on the event loop. In the 100-phone sync bench these took 2.5 s of the server's 25 s of work,
 * time every other request (a supervisor's queue read) waited behind. Records, photos, reviews,
 * sessions and the ledger stay on the main connection: an acknowledged sync must survive a cut.
 * Opened after openDatabase has migrated the file; WAL mode is a property of the file.
 */
export function openBookkeepingConnection(file: string): Database.Database {
	const db = new Database(file);
	try {
		db.pragma('synchronous = NORMAL');
		db.pragma('busy_timeout = 5000');
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}
