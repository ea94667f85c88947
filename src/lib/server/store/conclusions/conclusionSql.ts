import { canonicalJson } from '$lib/domain/canonicalJson';
import type { AdministrativeDocument } from '$lib/domain/administrativeDocument';
import type { Conclusion, ConcludedRecord, ConclusionSummary } from '$lib/domain/conclusion';
import type { RegisterEntry } from '$lib/domain/documentNumber';
import { sha256Hex } from '../canonical';
import type { LedgerBody } from '../ledger/ledgerEntries';
import { iso } from '../rows';

/**
 * Conclusions, written once for both stores (SQL text with `?`; PostgreSQL numbers them). Issuing is
 * one transaction in each store: check the one it replaces is still standing, take the number from
 * the register (store/register/), put the number into the text, store the text with its hash and the
 * inspections it covers, and enter it in the ledger (last, as every other appender).
 */

/** What the issuing endpoint hands the store: the text is complete but for its number. */
export interface NewConclusion {
	id: string;
	issuerId: string;
	/** The issuing body's abbreviation in the symbol ("SNV"). */
	issuerCode: string;
	issuedBy: string;
	replaces: string | null;
	inspections: ConcludedRecord[];
	document: AdministrativeDocument;
}

const COLUMNS = 'c.id, c.issuer_id, c.symbol, c.issued_at, c.issued_by, c.replaces, c.document, c.document_hash';
const REPLACED_BY = '(SELECT r.id FROM conclusions r WHERE r.replaces = c.id) AS replaced_by';

export const INSERT_CONCLUSION_SQL = `INSERT INTO conclusions (id, issuer_id, year, number, symbol, issued_at, issued_by, replaces, document, document_hash)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
export const INSERT_LINK_SQL = 'INSERT INTO conclusion_inspections (conclusion_id, inspection_id, revision, agency_id, manifest_hash) VALUES (?, ?, ?, ?, ?)';
/** Whether the conclusion to replace exists, and whether something already replaced it. */
export const REPLACEMENT_STATE_SQL = 'SELECT c.id, (SELECT r.id FROM conclusions r WHERE r.replaces = c.id) AS replaced_by FROM conclusions c WHERE c.id = ?';
export const LINKS_OF_SQL = 'SELECT inspection_id, revision, agency_id, manifest_hash FROM conclusion_inspections WHERE conclusion_id = ? ORDER BY inspection_id';
export const CONCLUSION_SQL = `SELECT ${COLUMNS}, ${REPLACED_BY} FROM conclusions c WHERE c.id = ?`;
/** Conclusions covering an inspection, newest first. */
export const CONCLUSIONS_OF_INSPECTION_SQL = `SELECT ${COLUMNS}, ${REPLACED_BY} FROM conclusions c
	WHERE c.id IN (SELECT conclusion_id FROM conclusion_inspections WHERE inspection_id = ?) ORDER BY c.issued_at DESC`;
export const COUNT_CONCLUSIONS_SQL = 'SELECT count(*) AS n FROM conclusions';

export interface ConclusionRow {
	id: string;
	issuer_id: string;
	symbol: string;
	issued_at: string | Date;
	issued_by: string;
	replaces: string | null;
	document: string;
	document_hash: string;
	replaced_by: string | null;
}

export interface LinkRow {
	inspection_id: string;
	revision: number | string;
	agency_id: string;
	manifest_hash: string;
}

export function linkFromRow(row: LinkRow): ConcludedRecord {
	return { inspectionId: row.inspection_id, revision: Number(row.revision), agencyId: row.agency_id, manifestHash: row.manifest_hash };
}

export function conclusionFromRow(row: ConclusionRow, links: readonly LinkRow[]): Conclusion {
	return {
		id: row.id,
		issuerId: row.issuer_id,
		symbol: row.symbol,
		issuedAt: iso(row.issued_at),
		issuedBy: row.issued_by,
		replaces: row.replaces,
		replacedBy: row.replaced_by,
		inspections: links.map(linkFromRow),
		document: JSON.parse(row.document) as AdministrativeDocument,
		documentHash: row.document_hash
	};
}

export function summaryOf(c: Conclusion): ConclusionSummary {
	const { document, ...rest } = c;
	return { ...rest, title: document.title, subject: document.subject ?? '' };
}

/** The stored text and its hash, once the register has given the number. */
export function sealedDocument(input: NewConclusion, entry: RegisterEntry): { text: string; hash: string; document: AdministrativeDocument } {
	const document: AdministrativeDocument = { ...input.document, number: entry.symbol, date: entry.issuedAt };
	const text = canonicalJson(document);
	return { text, hash: sha256Hex(text), document };
}

export function insertConclusionParams(input: NewConclusion, entry: RegisterEntry, sealed: { text: string; hash: string }): unknown[] {
	return [input.id, input.issuerId, entry.year, entry.number, entry.symbol, entry.issuedAt, input.issuedBy, input.replaces, sealed.text, sealed.hash];
}

export function linkParams(conclusionId: string, r: ConcludedRecord): unknown[] {
	return [conclusionId, r.inspectionId, r.revision, r.agencyId, r.manifestHash];
}

export function conclusionBody(c: { id: string; symbol: string; documentHash: string; replaces: string | null; inspections: readonly ConcludedRecord[] }): LedgerBody {
	return {
		kind: 'conclusion',
		conclusionId: c.id,
		symbol: c.symbol,
		documentHash: c.documentHash,
		replaces: c.replaces,
		records: c.inspections.map((r) => `${r.inspectionId}@${r.revision}:${r.manifestHash}`)
	};
}
