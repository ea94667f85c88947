import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 1,
	name: 'accounts, catalog, submissions, photos, review trail',
	sql: `
CREATE TABLE agencies (
	id TEXT PRIMARY KEY,
	parent_id TEXT REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	address TEXT NOT NULL,
	lat REAL,
	lng REAL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE templates (
	id TEXT NOT NULL,
	version INTEGER NOT NULL,
	content TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	stored_at TEXT NOT NULL,
	PRIMARY KEY (id, version)
) STRICT;

CREATE TABLE users (
	id TEXT PRIMARY KEY,
	username TEXT NOT NULL,
	username_key TEXT NOT NULL UNIQUE,
	display_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('inspector', 'supervisor', 'admin')),
	jurisdiction_id TEXT REFERENCES agencies (id),
	password_hash TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	last_seen_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE rate_limits (
	key TEXT PRIMARY KEY,
	window_start INTEGER NOT NULL,
	hits INTEGER NOT NULL
) STRICT;

-- The bytes live in files under DATA_DIR/photos; a row exists only once its file is durable.
CREATE TABLE photos (
	hash TEXT PRIMARY KEY,
	mime TEXT NOT NULL,
	size INTEGER NOT NULL,
	created_at TEXT NOT NULL
) STRICT;

-- One counter for the change feed, so sequence numbers are never reused.
CREATE TABLE change_counter (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	value INTEGER NOT NULL
) STRICT;
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE TABLE submissions (
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL CHECK (revision > 0),
	inspector_id TEXT NOT NULL REFERENCES users (id),
	agency_id TEXT NOT NULL REFERENCES agencies (id),
	template_id TEXT NOT NULL,
	template_version INTEGER NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('sent', 'returned', 'approved')),
	content TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	device_time TEXT NOT NULL,
	received_at TEXT NOT NULL,
	change_seq INTEGER NOT NULL UNIQUE,
	PRIMARY KEY (inspection_id, revision),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
) STRICT;
CREATE INDEX submissions_by_inspector ON submissions (inspector_id, change_seq);
CREATE INDEX submissions_by_agency ON submissions (agency_id, change_seq);

CREATE TABLE submission_photos (
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL,
	photo_hash TEXT NOT NULL REFERENCES photos (hash),
	PRIMARY KEY (inspection_id, revision, photo_hash),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;
CREATE INDEX submission_photos_by_hash ON submission_photos (photo_hash);

CREATE TABLE review_events (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL,
	actor_id TEXT NOT NULL REFERENCES users (id),
	action TEXT NOT NULL,
	comment TEXT NOT NULL,
	item_comments TEXT NOT NULL,
	at TEXT NOT NULL,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;
CREATE INDEX review_events_by_inspection ON review_events (inspection_id, id);

-- The trail is append-only even for someone with a SQL prompt and the app's code.
CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
`
};
