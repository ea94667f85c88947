import { AdministrativeDocumentSchema, DocumentSignerSchema, type AdministrativeDocument } from '$lib/domain/administrativeDocument';
import { canonicalJson } from '$lib/domain/canonicalJson';
import type { RegisterEntry } from '$lib/domain/documentNumber';
import { sha256Hex } from '../canonical';
import { NotFoundError, VisitDocumentReplacedError } from '../errors';
import { visitDocumentBody, type LedgerBody } from '../ledger/ledgerEntries';
import { iso } from '../rows';
import type { IssuedVisitDocument, NewVisitDocument, StoredVisitDocument } from './planRecords';

/**
 * A visit's issued decisions and notices (schema 18), written once for both stores: the SQL (`?`;
 * PostgreSQL numbers them), the row mapping and the rule of issuing, a pure function of what the
 * issuing transaction read. Each store locks the visit, reads its documents, applies the rule, and
 * takes the number, writes the row and appends its ledger entry in the same transaction.
 */

const COLUMNS = `d.id, d.visit_id, d.kind, d.symbol, d.issued_at, d.issued_by, d.signer, d.replaces, d.document, d.document_hash,
	(SELECT r.id FROM visit_document_issues r WHERE r.replaces = d.id) AS replaced_by`;

export const VISIT_DOCUMENTS_SQL = `SELECT ${COLUMNS} FROM visit_document_issues d WHERE d.visit_id = ? ORDER BY d.issued_at, d.id`;
export const INSERT_VISIT_DOCUMENT_SQL = `INSERT INTO visit_document_issues (id, visit_id, kind, symbol, issued_at, issued_by, signer, replaces, document, document_hash)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const STORED_COLUMNS = 'id, visit_id, kind, symbol, issued_at, issued_by, signer, replaces, document, document_hash';
/** Every issued document after an id, in id order, a page at a time (the ledger check). */
export const VISIT_DOCUMENT_ISSUES_AFTER_SQL = `SELECT ${STORED_COLUMNS} FROM visit_document_issues WHERE id > ? ORDER BY id LIMIT ?`;
/** Documents issued before they entered the ledger (migration 24): entered once by backfillLedger, as issued. */
export const UNLEDGERED_VISIT_DOCUMENTS_SQL = `SELECT ${STORED_COLUMNS} FROM visit_document_issues WHERE id IN (SELECT id FROM visit_documents_unledgered) ORDER BY issued_at, id`;
export const UNLEDGERED_VISIT_DOCUMENTS_DONE_SQL = 'DELETE FROM visit_documents_unledgered';

export type StoredVisitDocumentRow = Omit<VisitDocumentRow, 'replaced_by'>;

export function storedVisitDocumentFromRow(row: StoredVisitDocumentRow): StoredVisitDocument {
	return {
		id: row.id,
		visitId: row.visit_id,
		kind: row.kind,
		symbol: row.symbol,
		issuedAt: iso(row.issued_at),
		issuedBy: row.issued_by,
		signer: row.signer,
		replaces: row.replaces,
		document: row.document,
		documentHash: row.document_hash
	};
}

/** The entries for documents issued before schema 24, in the order they were issued. */
export function unledgeredVisitDocumentBodies(rows: readonly StoredVisitDocumentRow[]): LedgerBody[] {
	return rows.map((row) => visitDocumentBody(storedVisitDocumentFromRow(row)));
}

export interface VisitDocumentRow {
	id: string;
	visit_id: string;
	kind: string;
	symbol: string;
	issued_at: string | Date;
	issued_by: string;
	signer: string;
	replaces: string | null;
	document: string | null;
	document_hash: string | null;
	replaced_by: string | null;
}

export function visitDocumentFromRow(row: VisitDocumentRow): IssuedVisitDocument {
	return {
		id: row.id,
		visitId: row.visit_id,
		kind: row.kind as IssuedVisitDocument['kind'],
		symbol: row.symbol,
		issuedAt: iso(row.issued_at),
		issuedBy: row.issued_by,
		signer: DocumentSignerSchema.parse(JSON.parse(row.signer)),
		replaces: row.replaces,
		replacedBy: row.replaced_by,
		document: row.document === null ? null : AdministrativeDocumentSchema.parse(JSON.parse(row.document)),
		documentHash: row.document_hash
	};
}

/**
 * What an issue request comes to, given the visit's documents as the transaction read them:
 * - a first issue (no `replaces`) when one of the kind already stands returns that one: asking twice
 *   (a double tap, two supervisors at once) gives one number;
 * - a replacement names a document of this visit and kind that still stands, else it is refused
 *   (an unknown one as not found, one already replaced as a conflict: correct the replacement).
 */
export function issueDecision(existing: readonly IssuedVisitDocument[], input: NewVisitDocument): { standing: IssuedVisitDocument } | { issue: true } {
	const ofKind = existing.filter((d) => d.kind === input.kind);
	if (input.replaces === null) {
		const standing = ofKind.find((d) => d.replacedBy === null);
		return standing ? { standing } : { issue: true };
	}
	const replaced = ofKind.find((d) => d.id === input.replaces);
	if (!replaced) throw new NotFoundError('Visit document', input.replaces);
	if (replaced.replacedBy !== null) throw new VisitDocumentReplacedError(replaced.id, replaced.replacedBy);
	return { issue: true };
}

/**
 * The row for the number the register gave: the number and date written into the text, which is then
 * hashed; and its ledger entry, which the store appends last in the same transaction.
 */
export function insertVisitDocumentParams(input: NewVisitDocument, entry: RegisterEntry): { params: unknown[]; issued: IssuedVisitDocument; ledger: LedgerBody } {
	const document: AdministrativeDocument = { ...input.document, number: entry.symbol, date: entry.issuedAt };
	const text = canonicalJson(document);
	const hash = sha256Hex(text);
	const issued: IssuedVisitDocument = {
		id: input.id,
		visitId: input.visitId,
		kind: input.kind,
		symbol: entry.symbol,
		issuedAt: entry.issuedAt,
		issuedBy: input.entry.issuedBy,
		signer: input.signer,
		replaces: input.replaces,
		replacedBy: null,
		document,
		documentHash: hash
	};
	const signer = JSON.stringify(input.signer);
	const stored: StoredVisitDocument = { id: input.id, visitId: input.visitId, kind: input.kind, symbol: entry.symbol, issuedAt: entry.issuedAt, issuedBy: input.entry.issuedBy, signer, replaces: input.replaces, document: text, documentHash: hash };
	return {
		params: [input.id, input.visitId, input.kind, entry.symbol, entry.issuedAt, input.entry.issuedBy, signer, input.replaces, text, hash],
		issued,
		ledger: visitDocumentBody(stored)
	};
}
