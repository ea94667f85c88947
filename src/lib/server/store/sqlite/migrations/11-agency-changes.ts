import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 11,
	name: 'agencies edited by administrators: closing, and the change log',
	sql: `
-- A closed agency keeps its row (its inspections still name it); no new inspection starts there.
ALTER TABLE agencies ADD COLUMN closed_at TEXT;

-- Every administrator's change of an agency: who, when, from where (form or import), and the whole
-- agency before (NULL: added) and after, as canonical JSON. Append-only, like the review trail.
CREATE TABLE agency_changes (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	agency_id TEXT NOT NULL REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
	actor_id TEXT NOT NULL REFERENCES users (id),
	source TEXT NOT NULL,
	at TEXT NOT NULL,
	before_state TEXT,
	after_state TEXT NOT NULL
) STRICT;
CREATE INDEX agency_changes_by_agency ON agency_changes (agency_id, id);
CREATE TRIGGER agency_changes_no_update BEFORE UPDATE ON agency_changes
BEGIN SELECT RAISE(ABORT, 'agency_changes is append-only'); END;
CREATE TRIGGER agency_changes_no_delete BEFORE DELETE ON agency_changes
BEGIN SELECT RAISE(ABORT, 'agency_changes is append-only'); END;
`
};
