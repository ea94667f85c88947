import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 17,
	name: 'conclusions (kết luận kiểm tra): issued once, never changed',
	sql: `
-- A conclusion as issued: its register number, and its whole text (canonical JSON of the document)
-- with its SHA-256, which the ledger holds. A correction is a new row naming the one it replaces;
-- a conclusion is replaced at most once (unique). Append-only by trigger.
CREATE TABLE conclusions (
	id TEXT PRIMARY KEY,
	issuer_id TEXT NOT NULL REFERENCES agencies (id),
	year INTEGER NOT NULL,
	number INTEGER NOT NULL,
	symbol TEXT NOT NULL,
	issued_at TEXT NOT NULL,
	issued_by TEXT NOT NULL REFERENCES users (id),
	replaces TEXT UNIQUE REFERENCES conclusions (id),
	document TEXT NOT NULL,
	document_hash TEXT NOT NULL,
	UNIQUE (issuer_id, year, number)
) STRICT;
CREATE INDEX conclusions_by_issuer ON conclusions (issuer_id, issued_at);

-- The inspections a conclusion covers, with the fingerprint of each biên bản it was made from.
CREATE TABLE conclusion_inspections (
	conclusion_id TEXT NOT NULL REFERENCES conclusions (id),
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies (id),
	manifest_hash TEXT NOT NULL,
	PRIMARY KEY (conclusion_id, inspection_id),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;
CREATE INDEX conclusion_inspections_by_inspection ON conclusion_inspections (inspection_id);
CREATE INDEX conclusion_inspections_by_agency ON conclusion_inspections (agency_id);

CREATE TRIGGER conclusions_no_update BEFORE UPDATE ON conclusions
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER conclusions_no_delete BEFORE DELETE ON conclusions
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER conclusion_inspections_no_update BEFORE UPDATE ON conclusion_inspections
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER conclusion_inspections_no_delete BEFORE DELETE ON conclusion_inspections
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
`
};
