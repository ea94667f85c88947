import { formatDocumentNumber, vietnamYear, type NewRegisterEntry, type RegisterEntry } from '$lib/domain/documentNumber';
import { InvalidRecordError } from '../errors';
import { iso } from '../rows';

/**
 * The document register, written once for both stores: the SQL text (`?` placeholders; PostgreSQL
 * numbers them) and the row mapping. Issuing a number is two statements in the caller's transaction:
 *
 * 1. TAKE_NUMBER_SQL, an upsert on the (issuer, kind, year) counter row that returns the new last
 *    number. On PostgreSQL the row is locked until COMMIT, so a second issuer (another connection,
 *    another app server) waits on it and then reads the number after; a new key's first two
 *    inserts meet on the primary key and the second turns into the update. SQLite has one writer.
 *    A transaction that rolls back gives its number back with it: the register has no holes from
 *    failed issues, and no number is ever handed out twice.
 * 2. INSERT_ENTRY_SQL, the register row (append-only by trigger), keyed by the same four columns.
 *
 * Other documents issue their number inside their own transaction (a conclusion, a plan's decision)
 * with `sqliteIssueWithin` / `postgresIssueWithin`, so the number and the document commit together.
 */
export const TAKE_NUMBER_SQL = `INSERT INTO document_counters (issuer_id, kind, year, last_number) VALUES (?, ?, ?, 1)
	ON CONFLICT (issuer_id, kind, year) DO UPDATE SET last_number = document_counters.last_number + 1
	RETURNING last_number`;

const ENTRY_COLUMNS = 'issuer_id, kind, year, number, symbol, subject_id, title, issued_at, issued_by';
export const INSERT_ENTRY_SQL = `INSERT INTO document_register (${ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** One issuer's numbers of a year, newest first (the register book as a clerk reads it). */
export const REGISTER_OF_YEAR_SQL = `SELECT ${ENTRY_COLUMNS} FROM document_register WHERE issuer_id = ? AND year = ?
	ORDER BY kind, number DESC`;
export const REGISTER_OF_SUBJECT_SQL = `SELECT ${ENTRY_COLUMNS} FROM document_register WHERE subject_id = ? ORDER BY issued_at, kind`;

export interface RegisterRow {
	issuer_id: string;
	kind: string;
	year: number | string;
	number: number | string;
	symbol: string;
	subject_id: string;
	title: string;
	issued_at: string | Date;
	issued_by: string;
}

export function registerEntryFromRow(row: RegisterRow): RegisterEntry {
	return {
		issuerId: row.issuer_id,
		kind: row.kind as RegisterEntry['kind'],
		year: Number(row.year),
		number: Number(row.number),
		symbol: row.symbol,
		subjectId: row.subject_id,
		title: row.title,
		issuedAt: iso(row.issued_at),
		issuedBy: row.issued_by
	};
}

/** The counter key of a request, checked: the year is Vietnam's at the moment of issue. */
export function takeNumberParams(entry: NewRegisterEntry, at: Date): [string, string, number] {
	if (!/^[A-ZĐ0-9]{1,16}$/u.test(entry.issuerCode)) throw new InvalidRecordError(`Invalid issuer code "${entry.issuerCode}"`);
	if (entry.subjectId.length === 0) throw new InvalidRecordError('A register entry names what its number is given to');
	return [entry.issuerId, entry.kind, vietnamYear(at)];
}

/** The register row for the number the counter returned. */
export function registerEntry(entry: NewRegisterEntry, number: number, at: Date): RegisterEntry {
	return {
		issuerId: entry.issuerId,
		kind: entry.kind,
		year: vietnamYear(at),
		number,
		symbol: formatDocumentNumber(number, entry.kind, entry.issuerCode),
		subjectId: entry.subjectId,
		title: entry.title,
		issuedAt: at.toISOString(),
		issuedBy: entry.issuedBy
	};
}

export function insertEntryParams(e: RegisterEntry): unknown[] {
	return [e.issuerId, e.kind, e.year, e.number, e.symbol, e.subjectId, e.title, e.issuedAt, e.issuedBy];
}
