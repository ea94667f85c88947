import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 16,
	name: 'document register: numbers per issuing body, kind and year',
	sql: `
-- The last number handed out per issuing body, kind of document and year. Taking a number is one
-- upsert on this row (store/register/registerSql.ts), so two writers never get the same one.
CREATE TABLE document_counters (
	issuer_id TEXT NOT NULL REFERENCES agencies (id),
	kind TEXT NOT NULL,
	year INTEGER NOT NULL,
	last_number INTEGER NOT NULL,
	PRIMARY KEY (issuer_id, kind, year)
) STRICT;

-- Every number issued, with what it was given to. Append-only: a number is never reused or moved.
CREATE TABLE document_register (
	issuer_id TEXT NOT NULL REFERENCES agencies (id),
	kind TEXT NOT NULL,
	year INTEGER NOT NULL,
	number INTEGER NOT NULL,
	symbol TEXT NOT NULL,
	subject_id TEXT NOT NULL,
	title TEXT NOT NULL,
	issued_at TEXT NOT NULL,
	issued_by TEXT NOT NULL REFERENCES users (id),
	PRIMARY KEY (issuer_id, kind, year, number)
) STRICT;
CREATE INDEX document_register_by_subject ON document_register (subject_id);
CREATE TRIGGER document_register_no_update BEFORE UPDATE ON document_register
BEGIN SELECT RAISE(ABORT, 'document_register is append-only'); END;
CREATE TRIGGER document_register_no_delete BEFORE DELETE ON document_register
BEGIN SELECT RAISE(ABORT, 'document_register is append-only'); END;
`
};
