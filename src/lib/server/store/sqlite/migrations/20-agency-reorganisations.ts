import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 20,
	name: 'agency reorganisations: successors, former names and parents, effective dates; agency changes in the ledger',
	sql: `
-- A closed agency merged or split into another names it (checked at commit, so a new successor can
-- arrive in the same statement); formerly is the canonical JSON array of the names and parents the
-- agency held before each reorganisation, with the day each ended (domain/agency.ts).
ALTER TABLE agencies ADD COLUMN successor_id TEXT REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE agencies ADD COLUMN formerly TEXT;
-- A reorganisation's change rows carry its effective date (YYYY-MM-DD, Vietnam time); their source
-- says which (merge, split, rename). NULL for form and import edits, which take effect when made.
ALTER TABLE agency_changes ADD COLUMN effective_on TEXT;
-- Agency changes enter the ledger from now on; those made before are entered once, when the store
-- next opens (backfillLedger), up to this id. The row is deleted in the same transaction.
CREATE TABLE agency_changes_unledgered (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	up_to INTEGER NOT NULL
) STRICT;
INSERT INTO agency_changes_unledgered (id, up_to) SELECT 1, id FROM agency_changes ORDER BY id DESC LIMIT 1;
`
};
