import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 15,
	name: 'a planned visit’s decision and notice: who signs them, once numbered',
	sql: `
-- See the SQLite migration 15.
CREATE TABLE visit_documents (
	visit_id text NOT NULL REFERENCES plan_visits (id),
	kind text NOT NULL,
	symbol text NOT NULL,
	signer text NOT NULL,
	issued_at timestamptz NOT NULL,
	PRIMARY KEY (visit_id, kind)
);
`
};
