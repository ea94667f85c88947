import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 24,
	name: 'visit decisions and notices in the ledger',
	sql: `
-- See the SQLite migration 24.
CREATE TABLE visit_documents_unledgered (
	id text PRIMARY KEY
);
INSERT INTO visit_documents_unledgered (id) SELECT id FROM visit_document_issues;
`
};
