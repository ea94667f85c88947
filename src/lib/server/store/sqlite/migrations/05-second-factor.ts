import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 5,
	name: 'second factor (TOTP), recovery codes, sign-in challenges, account trail',
	sql: `
-- A user's TOTP secret, kept readable because every code is checked against it; it is sent to the
-- user once, at enrolment, and never again. last_step is the time step of the last code accepted:
-- a code of that step or an earlier one is refused, so an overheard code cannot be replayed.
CREATE TABLE second_factors (
	user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
	secret TEXT NOT NULL,
	last_step INTEGER NOT NULL,
	enrolled_at TEXT NOT NULL
) STRICT;

-- Single-use codes for a lost phone, shown once at enrolment; only their SHA-256 is kept.
CREATE TABLE recovery_codes (
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	code_hash TEXT NOT NULL,
	used_at TEXT,
	PRIMARY KEY (user_id, code_hash)
) STRICT, WITHOUT ROWID;

-- Between the right password and the second factor: no session yet. The cookie carries the token,
-- the row only its SHA-256. pending_secret is the secret offered for enrolment until a code proves it.
CREATE TABLE sign_in_challenges (
	token_hash TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	pending_secret TEXT,
	expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sign_in_challenges_by_expiry ON sign_in_challenges (expires_at);

-- What happened to an account's second factor, and who did it (an admin's reset).
CREATE TABLE account_events (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	user_id TEXT NOT NULL REFERENCES users (id),
	actor_id TEXT REFERENCES users (id),
	action TEXT NOT NULL,
	at TEXT NOT NULL
) STRICT;
CREATE INDEX account_events_by_user ON account_events (user_id, id);
CREATE TRIGGER account_events_no_update BEFORE UPDATE ON account_events
BEGIN SELECT RAISE(ABORT, 'account_events is append-only'); END;
CREATE TRIGGER account_events_no_delete BEFORE DELETE ON account_events
BEGIN SELECT RAISE(ABORT, 'account_events is append-only'); END;
`
};
