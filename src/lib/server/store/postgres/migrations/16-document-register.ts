import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 16,
	name: 'document register: numbers per issuing body, kind and year',
	sql: `
-- See the SQLite migration 16: one counter row per (issuer, kind, year), taken by an upsert that
-- locks the row, so concurrent issuers on any app server queue on it and each gets its own number.
CREATE TABLE document_counters (
	issuer_id text NOT NULL REFERENCES agencies (id),
	kind text NOT NULL,
	year integer NOT NULL,
	last_number integer NOT NULL,
	PRIMARY KEY (issuer_id, kind, year)
);

CREATE TABLE document_register (
	issuer_id text NOT NULL REFERENCES agencies (id),
	kind text NOT NULL,
	year integer NOT NULL,
	number integer NOT NULL,
	symbol text NOT NULL,
	subject_id text NOT NULL,
	title text NOT NULL,
	issued_at timestamptz NOT NULL,
	issued_by text NOT NULL REFERENCES users (id),
	PRIMARY KEY (issuer_id, kind, year, number)
);
CREATE INDEX document_register_by_subject ON document_register (subject_id);
CREATE FUNCTION document_register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'document_register is append-only';
END $$;
CREATE TRIGGER document_register_no_change BEFORE UPDATE OR DELETE ON document_register
	FOR EACH ROW EXECUTE FUNCTION document_register_append_only();
CREATE TRIGGER document_register_no_truncate BEFORE TRUNCATE ON document_register
	FOR EACH STATEMENT EXECUTE FUNCTION document_register_append_only();
`
};
