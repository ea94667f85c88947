import { sqliteTemplateAdmin } from './templateAdmin';
import type { Store } from '../Store';
import { sqlitePlans } from './plans';
import { sqliteReview } from './review';
import { sqliteCatalog } from './catalog';
import { sqliteEvents } from './events';
import { openDatabase } from './openDatabase';
import { openBookkeepingConnection } from './bookkeepingConnection';
import { sqlitePhotos } from './photos';
import { sqliteThumbnails } from './thumbnails';
import { sqlitePutSubmissions } from './putSubmissions';
import { sqliteRateLimits } from './rateLimits';
import { sqliteSecondFactor } from './secondFactor';
import { sqliteSessions } from './sessions';
import { sqliteSubmissionReads } from './submissionReads';
import { sqliteUsers } from './users';
import { sqliteDevices } from './devices';
import { sqliteLedger } from './ledger';
import { sqliteRegister } from './register';
import { sqliteConclusions } from './conclusions';

/*
 * Durability: an acknowledged write must survive a crash or a power cut, because the device may free
 * space once the server has said "received". So the database runs with synchronous=FULL (the WAL is
 * fsynced at every commit; see openDatabase.ts) and photo files are fsynced before their row exists.
 * FULL costs one fsync per transaction, so writes are batched by transaction instead of relaxing
 * durability: a whole sync batch is one transaction and one fsync (putSubmissions.ts).
 *
 * better-sqlite3 is synchronous; the methods are async only to share the Store interface with
 * PostgreSQL. Queries are short, so blocking the event loop for them is cheaper than a thread hop.
 */

export interface SqliteStoreOptions {
	/** The database file, e.g. DATA_DIR/vhcv.sqlite. */
	file: string;
	/** Where photo files go, e.g. DATA_DIR/photos. */
	photoDir: string;
}

const OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

export function openSqliteStore(options: SqliteStoreOptions): Store {
	const db = openDatabase(options.file);
	// Rate limits and last-seen times: durable enough without an fsync each (see bookkeepingConnection.ts).
	const bookkeeping = openBookkeepingConnection(options.file);
	// Statistics kept fresh as the province's data grows (see openDatabase.ts).
	const optimize = setInterval(() => db.pragma('optimize'), OPTIMIZE_EVERY_MS);
	optimize.unref();
	return {
		kind: 'sqlite',
		async close() {
			clearInterval(optimize);
			bookkeeping.close();
			db.close();
		},
		...sqliteUsers(db),
		...sqliteSecondFactor(db),
		...sqliteSessions(db),
		...sqliteRateLimits(bookkeeping),
		...sqliteCatalog(db),
		...sqliteTemplateAdmin(db),
		...sqlitePutSubmissions(db),
		...sqliteSubmissionReads(db),
		...sqlitePhotos(db, options.photoDir),
		...sqliteThumbnails(db, options.photoDir),
		...sqliteEvents(db),
		...sqliteReview(db),
		...sqliteDevices(db, bookkeeping),
		...sqliteLedger(db),
		...sqlitePlans(db),
		...sqliteRegister(db),
		...sqliteConclusions(db)
	};
}
