import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 18,
	name: 'a visit’s decision and notice kept as issued, and replaced by new ones',
	sql: `
-- See the SQLite migration 18.
CREATE TABLE visit_document_issues (
	id text PRIMARY KEY,
	visit_id text NOT NULL,
	kind text NOT NULL,
	symbol text NOT NULL,
	issued_at timestamptz NOT NULL,
	issued_by text NOT NULL REFERENCES users (id),
	signer text NOT NULL,
	replaces text UNIQUE REFERENCES visit_document_issues (id),
	document text,
	document_hash text
);
CREATE INDEX visit_document_issues_by_visit ON visit_document_issues (visit_id, kind);
CREATE UNIQUE INDEX visit_document_issues_first ON visit_document_issues (visit_id, kind) WHERE replaces IS NULL;

INSERT INTO visit_document_issues (id, visit_id, kind, symbol, issued_at, issued_by, signer, replaces, document, document_hash)
SELECT d.visit_id || ':' || d.kind, d.visit_id, d.kind, d.symbol, d.issued_at, r.issued_by, d.signer, NULL, NULL, NULL
FROM visit_documents d JOIN document_register r ON r.subject_id = d.visit_id AND r.kind = d.kind AND r.symbol = d.symbol;
DROP TABLE visit_documents;

CREATE FUNCTION visit_document_issues_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'issued documents are append-only';
END $$;
CREATE TRIGGER visit_document_issues_no_change BEFORE UPDATE OR DELETE ON visit_document_issues
	FOR EACH ROW EXECUTE FUNCTION visit_document_issues_append_only();
CREATE TRIGGER visit_document_issues_no_truncate BEFORE TRUNCATE ON visit_document_issues
	FOR EACH STATEMENT EXECUTE FUNCTION visit_document_issues_append_only();
`
};
