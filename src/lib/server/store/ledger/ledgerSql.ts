import type { Exec } from '../review/filter';
import { chainEntries, type LedgerBody, type LedgerEntry, type LedgerHead } from './ledgerEntries';

/** The statements both stores run to append (the same text; PostgreSQL numbers the placeholders). */
export const LEDGER_HEAD_SQL = 'SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1';
export const LEDGER_INSERT_SQL = 'INSERT INTO ledger (seq, at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?)';
export const LEDGER_COLUMNS = 'seq, at, body, prev_hash, hash';

export interface LedgerRow {
	seq: number | string;
	at: string;
	body: string;
	prev_hash: string;
	hash: string;
}

export function headFromRow(row: { seq: number | string; hash: string } | undefined): LedgerHead | null {
	return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

export function entryFromRow(row: LedgerRow): LedgerEntry {
	return { seq: Number(row.seq), at: row.at, body: row.body, prevHash: row.prev_hash, hash: row.hash };
}

export function insertValues(entry: LedgerEntry): unknown[] {
	return [entry.seq, entry.at, entry.body, entry.prevHash, entry.hash];
}

/** 5 parameters each: far below PostgreSQL's 65,535 and SQLite's 32,766 per statement. */
const ENTRIES_PER_STATEMENT = 500;

/**
 * Appends inside the caller's transaction (an async executor: PostgreSQL, or SQLite's async path).
 * `lock` serialises appenders where the database has several writers (PostgreSQL's advisory lock);
 * SQLite's single writer needs none.
 */
export async function appendLedger(exec: Exec, bodies: readonly LedgerBody[], at: string, lock?: string): Promise<LedgerEntry[]> {
	if (bodies.length === 0) return [];
	if (lock) await exec(lock, []);
	const head = headFromRow((await exec<{ seq: number | string; hash: string }>(LEDGER_HEAD_SQL, []))[0]);
	const entries = chainEntries(head, bodies, at);
	// A few multi-row statements rather than one round trip per entry: this runs while the lock is held.
	for (let from = 0; from < entries.length; from += ENTRIES_PER_STATEMENT) {
		const chunk = entries.slice(from, from + ENTRIES_PER_STATEMENT);
		await exec(`${LEDGER_INSERT_SQL}${', (?, ?, ?, ?, ?)'.repeat(chunk.length - 1)}`, chunk.flatMap(insertValues));
	}
	return entries;
}

/** How many rows of each kind the ledger must account for (verifyLedger.ts compares). */
export const RECORD_COUNTS_SQL = `SELECT
	(SELECT count(*) FROM submissions) AS submissions,
	(SELECT count(*) FROM review_events) AS events,
	(SELECT count(*) FROM recommendations) AS recommendations,
	(SELECT count(*) FROM devices) AS devices,
	(SELECT count(*) FROM conclusions) AS conclusions`;

export interface RecordCounts {
	submissions: number;
	events: number;
	recommendations: number;
	devices: number;
	conclusions: number;
}

export function countsFromRow(row: Record<keyof RecordCounts, number | string>): RecordCounts {
	return { submissions: Number(row.submissions), events: Number(row.events), recommendations: Number(row.recommendations), devices: Number(row.devices), conclusions: Number(row.conclusions) };
}

export const REVISION_BY_HASH_SQL = 'SELECT inspection_id, revision FROM submissions WHERE content_hash = ? ORDER BY received_at LIMIT 1';
