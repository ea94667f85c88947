import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 5,
	name: 'second factor (TOTP), recovery codes, sign-in challenges, account trail',
	sql: `
-- See the SQLite migration 5.
CREATE TABLE second_factors (
	user_id text PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
	secret text NOT NULL,
	last_step bigint NOT NULL,
	enrolled_at timestamptz NOT NULL
);
CREATE TABLE recovery_codes (
	user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	code_hash text NOT NULL,
	used_at timestamptz,
	PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE sign_in_challenges (
	token_hash text PRIMARY KEY,
	user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	pending_secret text,
	expires_at timestamptz NOT NULL
);
CREATE INDEX sign_in_challenges_by_expiry ON sign_in_challenges (expires_at);
CREATE TABLE account_events (
	id bigserial PRIMARY KEY,
	user_id text NOT NULL REFERENCES users (id),
	actor_id text REFERENCES users (id),
	action text NOT NULL,
	at timestamptz NOT NULL
);
CREATE INDEX account_events_by_user ON account_events (user_id, id);
CREATE FUNCTION account_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'account_events is append-only';
END
$$;
CREATE TRIGGER account_events_no_change BEFORE UPDATE OR DELETE ON account_events
	FOR EACH ROW EXECUTE FUNCTION account_events_append_only();
CREATE TRIGGER account_events_no_truncate BEFORE TRUNCATE ON account_events
	FOR EACH STATEMENT EXECUTE FUNCTION account_events_append_only();
`
};
