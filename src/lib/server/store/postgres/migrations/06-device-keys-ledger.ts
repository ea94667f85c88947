import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 6,
	name: 'device keys and the hash-chained ledger',
	sql: `
-- See the SQLite migration 6.
CREATE TABLE devices (
	id text PRIMARY KEY,
	user_id text NOT NULL REFERENCES users (id),
	public_key text NOT NULL,
	label text NOT NULL,
	first_seen_at timestamptz NOT NULL,
	last_seen_at timestamptz NOT NULL,
	revoked_at timestamptz,
	revoked_by text REFERENCES users (id)
);
CREATE INDEX devices_by_user ON devices (user_id);
-- /verify/<fingerprint>: a printed record found by its hash.
CREATE INDEX submissions_by_content_hash ON submissions (content_hash);

CREATE TABLE ledger (
	seq bigint PRIMARY KEY,
	at text NOT NULL,
	body text NOT NULL,
	prev_hash text NOT NULL,
	hash text NOT NULL UNIQUE
);
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the ledger is append-only';
END $$;
CREATE TRIGGER ledger_no_change BEFORE UPDATE OR DELETE ON ledger
	FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger
	FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
`
};
