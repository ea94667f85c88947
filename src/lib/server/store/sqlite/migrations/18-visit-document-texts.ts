import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 18,
	name: 'a visit’s decision and notice kept as issued, and replaced by new ones',
	sql: `
-- Every decision and notice of a planned visit as issued: its register number, who signed it, and
-- its whole text (canonical JSON, number and date written in) with its SHA-256. A later edit of the
-- plan never changes an issued text; a correction is a new row, with the next number, naming the
-- one it replaces (once: unique). At most one first issue per visit and kind (the partial index);
-- every later one replaces another. No foreign key to plan_visits: an edit rewrites the plan's visit
-- rows (the edit keeps a visit that has documents, planSql.ts), and the text stands on its own.
CREATE TABLE visit_document_issues (
	id TEXT PRIMARY KEY,
	visit_id TEXT NOT NULL,
	kind TEXT NOT NULL,
	symbol TEXT NOT NULL,
	issued_at TEXT NOT NULL,
	issued_by TEXT NOT NULL REFERENCES users (id),
	signer TEXT NOT NULL,
	replaces TEXT UNIQUE REFERENCES visit_document_issues (id),
	document TEXT,
	document_hash TEXT
) STRICT;
CREATE INDEX visit_document_issues_by_visit ON visit_document_issues (visit_id, kind);
CREATE UNIQUE INDEX visit_document_issues_first ON visit_document_issues (visit_id, kind) WHERE replaces IS NULL;

-- Documents issued under schema 15 kept only their signer: carried over without a text (NULL), which
-- the page says, rebuilding it from the plan; a replacement issues it with its text kept.
INSERT INTO visit_document_issues (id, visit_id, kind, symbol, issued_at, issued_by, signer, replaces, document, document_hash)
SELECT d.visit_id || ':' || d.kind, d.visit_id, d.kind, d.symbol, d.issued_at, r.issued_by, d.signer, NULL, NULL, NULL
FROM visit_documents d JOIN document_register r ON r.subject_id = d.visit_id AND r.kind = d.kind AND r.symbol = d.symbol;
DROP TABLE visit_documents;

CREATE TRIGGER visit_document_issues_no_update BEFORE UPDATE ON visit_document_issues
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;
CREATE TRIGGER visit_document_issues_no_delete BEFORE DELETE ON visit_document_issues
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;
`
};
