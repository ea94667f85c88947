import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 11,
	name: 'agencies edited by administrators: closing, and the change log',
	sql: `
-- See the SQLite migration 9: closed agencies keep their row; every change is logged, append-only.
ALTER TABLE agencies ADD COLUMN closed_at timestamptz;

CREATE TABLE agency_changes (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	agency_id text NOT NULL REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
	actor_id text NOT NULL REFERENCES users (id),
	source text NOT NULL,
	at timestamptz NOT NULL,
	before_state text,
	after_state text NOT NULL
);
CREATE INDEX agency_changes_by_agency ON agency_changes (agency_id, id);
CREATE FUNCTION agency_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'agency_changes is append-only';
END $$;
CREATE TRIGGER agency_changes_no_change BEFORE UPDATE OR DELETE ON agency_changes
	FOR EACH ROW EXECUTE FUNCTION agency_changes_append_only();
CREATE TRIGGER agency_changes_no_truncate BEFORE TRUNCATE ON agency_changes
	FOR EACH STATEMENT EXECUTE FUNCTION agency_changes_append_only();
`
};
