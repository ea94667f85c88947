import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 15,
	name: 'a planned visit’s decision and notice: who signs them, once numbered',
	sql: `
-- One row per visit and kind (decision, notice), written with the register's number in one
-- transaction: the number is the register's (document_register, subject_id = the visit), the signer
-- is what the supervisor entered when issuing, so the issued document prints the same each time.
CREATE TABLE visit_documents (
	visit_id TEXT NOT NULL REFERENCES plan_visits (id),
	kind TEXT NOT NULL,
	symbol TEXT NOT NULL,
	signer TEXT NOT NULL,
	issued_at TEXT NOT NULL,
	PRIMARY KEY (visit_id, kind)
) STRICT;
`
};
