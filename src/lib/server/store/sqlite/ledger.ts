import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { agencyChangeBody, chainEntries, type LedgerBody, type LedgerEntry } from '../ledger/ledgerEntries';
import { AGENCY_CHANGES_UP_TO_SQL, agencyChangeFromRow, UNLEDGERED_AGENCY_CHANGES_DONE_SQL, UNLEDGERED_AGENCY_CHANGES_SQL, type AgencyChangeRow } from '../agencies/agencyChangeSql';
import { countsFromRow, entryFromRow, RECORD_COUNTS_SQL, REVISION_BY_HASH_SQL, type RecordCounts, headFromRow, insertValues, LEDGER_COLUMNS, LEDGER_HEAD_SQL, LEDGER_INSERT_SQL, type LedgerRow } from '../ledger/ledgerSql';
import { backfillBodies, type BackfillSource } from '../ledger/backfill';
import { UNLEDGERED_VISIT_DOCUMENTS_DONE_SQL, UNLEDGERED_VISIT_DOCUMENTS_SQL, unledgeredVisitDocumentBodies, type StoredVisitDocumentRow } from '../plans/visitDocumentSql';

/** Appends inside the caller's (synchronous) transaction: SQLite's single writer orders the log. */
export type SqliteLedgerAppend = (bodies: readonly LedgerBody[], at: string) => LedgerEntry[];

export function sqliteLedgerAppend(db: Database): SqliteLedgerAppend {
	const head = db.prepare(LEDGER_HEAD_SQL);
	const insert = db.prepare(LEDGER_INSERT_SQL);
	return (bodies, at) => {
		if (bodies.length === 0) return [];
		const entries = chainEntries(headFromRow(head.get() as { seq: number; hash: string } | undefined), bodies, at);
		for (const entry of entries) insert.run(...insertValues(entry));
		return entries;
	};
}

export function sqliteLedger(db: Database): Pick<Store, 'ledgerHead' | 'readLedger' | 'backfillLedger' | 'countRecords' | 'findRevisionByHash'> {
	const append = sqliteLedgerAppend(db);
	const head = db.prepare(LEDGER_HEAD_SQL);
	const read = db.prepare(`SELECT ${LEDGER_COLUMNS} FROM ledger WHERE seq > ? ORDER BY seq LIMIT ?`);
	const source: BackfillSource = {
		submissions: () => db.prepare('SELECT inspection_id, revision, inspector_id, content_hash, received_at FROM submissions').all() as never,
		events: () => db.prepare('SELECT id, inspection_id, revision, actor_id, action, comment, item_comments, at FROM review_events').all() as never,
		recommendations: () => db.prepare('SELECT * FROM recommendations').all() as never
	};
	const backfill = db.transaction((at: string) => {
		let entered = head.get() !== undefined ? 0 : append(backfillBodies(source.submissions(), source.events(), source.recommendations()), at).length;
		// Agency changes made before they entered the ledger (schema 20), once.
		const pending = db.prepare(UNLEDGERED_AGENCY_CHANGES_SQL).get() as { up_to: number } | undefined;
		if (pending) {
			const rows = db.prepare(AGENCY_CHANGES_UP_TO_SQL).all(pending.up_to) as AgencyChangeRow[];
			entered += append(rows.map((row) => agencyChangeBody(agencyChangeFromRow(row))), at).length;
			db.prepare(UNLEDGERED_AGENCY_CHANGES_DONE_SQL).run();
		}
		// Visit decisions and notices issued before they entered the ledger (schema 24), once.
		entered += append(unledgeredVisitDocumentBodies(db.prepare(UNLEDGERED_VISIT_DOCUMENTS_SQL).all() as StoredVisitDocumentRow[]), at).length;
		db.prepare(UNLEDGERED_VISIT_DOCUMENTS_DONE_SQL).run();
		return entered;
	});
	return {
		async ledgerHead() {
			return headFromRow(head.get() as { seq: number; hash: string } | undefined);
		},
		async findRevisionByHash(hash) {
			const row = db.prepare(REVISION_BY_HASH_SQL).get(hash) as { inspection_id: string; revision: number } | undefined;
			return row ? { inspectionId: row.inspection_id, revision: Number(row.revision) } : null;
		},
		async countRecords() {
			return countsFromRow(db.prepare(RECORD_COUNTS_SQL).get() as Record<keyof RecordCounts, number>);
		},
		async readLedger(afterSeq, limit) {
			return (read.all(afterSeq, limit) as LedgerRow[]).map(entryFromRow);
		},
		async backfillLedger(now) {
			return backfill.immediate(now.toISOString());
		}
	};
}
