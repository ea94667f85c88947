import { AdministrativeDocumentSchema, DocumentSignerSchema, type AdministrativeDocument } from '$lib/domain/administrativeDocument';
import { canonicalJson } from '$lib/domain/canonicalJson';
import type { RegisterEntry } from '$lib/domain/documentNumber';
import { sha256Hex } from '../canonical';
import { NotFoundError, VisitDocumentReplacedError } from '../errors';
import { iso } from '../rows';
import type { IssuedVisitDocument, NewVisitDocument } from './planRecords';

/**
 * A visit's issued decisions and notices (schema 18), written once for both stores: the SQL (`?`;
 * PostgreSQL numbers them), the row mapping and the rule of issuing, a pure function of what the
 * issuing transaction read. Each store locks the visit, reads its documents, applies the rule, and
 * takes the number and writes the row in the same transaction.
 */

const COLUMNS = `d.id, d.visit_id, d.kind, d.symbol, d.issued_at, d.issued_by, d.signer, d.replaces, d.document, d.document_hash,
	(SELECT r.id FROM visit_document_issues r WHERE r.replaces = d.id) AS replaced_by`;

export const VISIT_DOCUMENTS_SQL = `SELECT ${COLUMNS} FROM visit_document_issues d WHERE d.visit_id = ? ORDER BY d.issued_at, d.id`;
export const INSERT_VISIT_DOCUMENT_SQL = `INSERT INTO visit_document_issues (id, visit_id, kind, symbol, issued_at, issued_by, signer, replaces, document, document_hash)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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

/** The row for the number the register gave: the number and date written into the text, which is then hashed. */
export function insertVisitDocumentParams(input: NewVisitDocument, entry: RegisterEntry): { params: unknown[]; issued: IssuedVisitDocument } {
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
	return {
		params: [input.id, input.visitId, input.kind, entry.symbol, entry.issuedAt, input.entry.issuedBy, JSON.stringify(input.signer), input.replaces, text, hash],
		issued
	};
}
