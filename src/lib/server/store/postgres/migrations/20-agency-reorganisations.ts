import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 20,
	name: 'agency reorganisations: successors, former names and parents, effective dates; agency changes in the ledger',
	sql: `
-- See the SQLite migration 20.
ALTER TABLE agencies ADD COLUMN successor_id text REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE agencies ADD COLUMN formerly text;
ALTER TABLE agency_changes ADD COLUMN effective_on text;
CREATE TABLE agency_changes_unledgered (
	id integer PRIMARY KEY CHECK (id = 1),
	up_to bigint NOT NULL
);
INSERT INTO agency_changes_unledgered (id, up_to) SELECT 1, id FROM agency_changes ORDER BY id DESC LIMIT 1;
`
};
