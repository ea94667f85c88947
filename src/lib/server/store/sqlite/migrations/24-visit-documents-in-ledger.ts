import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 24,
	name: 'visit decisions and notices in the ledger',
	sql: `
-- A visit's decisions and notices (and their replacements) enter the ledger from now on, in the
-- transaction that issues them; those issued before are entered once, when the store next opens
-- (backfillLedger), in the order they were issued. Their ids are listed here, and deleted in the
-- transaction that enters them.
CREATE TABLE visit_documents_unledgered (
	id TEXT PRIMARY KEY
) STRICT;
INSERT INTO visit_documents_unledgered (id) SELECT id FROM visit_document_issues;
`
};
