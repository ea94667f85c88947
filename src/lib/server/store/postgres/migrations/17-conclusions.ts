import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 17,
	name: 'conclusions (kết luận kiểm tra): issued once, never changed',
	sql: `
-- See the SQLite migration 17.
CREATE TABLE conclusions (
	id text PRIMARY KEY,
	issuer_id text NOT NULL REFERENCES agencies (id),
	year integer NOT NULL,
	number integer NOT NULL,
	symbol text NOT NULL,
	issued_at timestamptz NOT NULL,
	issued_by text NOT NULL REFERENCES users (id),
	replaces text UNIQUE REFERENCES conclusions (id),
	document text NOT NULL,
	document_hash text NOT NULL,
	UNIQUE (issuer_id, year, number)
);
CREATE INDEX conclusions_by_issuer ON conclusions (issuer_id, issued_at);

CREATE TABLE conclusion_inspections (
	conclusion_id text NOT NULL REFERENCES conclusions (id),
	inspection_id text NOT NULL,
	revision integer NOT NULL,
	agency_id text NOT NULL REFERENCES agencies (id),
	manifest_hash text NOT NULL,
	PRIMARY KEY (conclusion_id, inspection_id),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);
CREATE INDEX conclusion_inspections_by_inspection ON conclusion_inspections (inspection_id);
CREATE INDEX conclusion_inspections_by_agency ON conclusion_inspections (agency_id);

CREATE FUNCTION conclusions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'conclusions are append-only';
END $$;
CREATE TRIGGER conclusions_no_change BEFORE UPDATE OR DELETE ON conclusions
	FOR EACH ROW EXECUTE FUNCTION conclusions_append_only();
CREATE TRIGGER conclusions_no_truncate BEFORE TRUNCATE ON conclusions
	FOR EACH STATEMENT EXECUTE FUNCTION conclusions_append_only();
CREATE TRIGGER conclusion_inspections_no_change BEFORE UPDATE OR DELETE ON conclusion_inspections
	FOR EACH ROW EXECUTE FUNCTION conclusions_append_only();
CREATE TRIGGER conclusion_inspections_no_truncate BEFORE TRUNCATE ON conclusion_inspections
	FOR EACH STATEMENT EXECUTE FUNCTION conclusions_append_only();
`
};
