import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 1,
	name: 'accounts, catalog, submissions, photos, review trail',
	sql: `
CREATE TABLE agencies (
	id text PRIMARY KEY,
	parent_id text REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
	name text NOT NULL,
	kind text NOT NULL,
	address text NOT NULL,
	lat double precision,
	lng double precision,
	updated_at timestamptz NOT NULL
);

CREATE TABLE templates (
	id text NOT NULL,
	version integer NOT NULL,
	content text NOT NULL,
	content_hash text NOT NULL,
	stored_at timestamptz NOT NULL,
	PRIMARY KEY (id, version)
);

CREATE TABLE users (
	id text PRIMARY KEY,
	username text NOT NULL,
	username_key text NOT NULL UNIQUE,
	display_name text NOT NULL,
	role text NOT NULL CHECK (role IN ('inspector', 'supervisor', 'admin')),
	jurisdiction_id text REFERENCES agencies (id),
	password_hash text NOT NULL,
	disabled boolean NOT NULL DEFAULT false,
	created_at timestamptz NOT NULL,
	updated_at timestamptz NOT NULL
);

-- Sessions and rate limits live here, not in a process, so any app server can answer any request.
CREATE TABLE sessions (
	token_hash text PRIMARY KEY,
	user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at timestamptz NOT NULL,
	last_seen_at timestamptz NOT NULL,
	expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE rate_limits (
	key text PRIMARY KEY,
	window_start bigint NOT NULL,
	hits integer NOT NULL
);

-- Photo bytes are in the database so that several app servers behind a load balancer share them
-- without a shared file system. JPEG and PNG are already compressed: EXTERNAL skips TOAST's try.
CREATE TABLE photos (
	hash text PRIMARY KEY,
	mime text NOT NULL,
	size integer NOT NULL,
	bytes bytea NOT NULL,
	created_at timestamptz NOT NULL
);
ALTER TABLE photos ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE SEQUENCE change_seq AS bigint;

CREATE TABLE submissions (
	inspection_id text NOT NULL,
	revision integer NOT NULL CHECK (revision > 0),
	inspector_id text NOT NULL REFERENCES users (id),
	agency_id text NOT NULL REFERENCES agencies (id),
	template_id text NOT NULL,
	template_version integer NOT NULL,
	status text NOT NULL CHECK (status IN ('sent', 'returned', 'approved')),
	content text NOT NULL,
	content_hash text NOT NULL,
	device_time text NOT NULL,
	received_at timestamptz NOT NULL,
	change_seq bigint NOT NULL UNIQUE,
	PRIMARY KEY (inspection_id, revision),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
);
CREATE INDEX submissions_by_inspector ON submissions (inspector_id, change_seq);
CREATE INDEX submissions_by_agency ON submissions (agency_id, change_seq);

CREATE TABLE submission_photos (
	inspection_id text NOT NULL,
	revision integer NOT NULL,
	photo_hash text NOT NULL REFERENCES photos (hash),
	PRIMARY KEY (inspection_id, revision, photo_hash),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);
CREATE INDEX submission_photos_by_hash ON submission_photos (photo_hash);

CREATE TABLE review_events (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	inspection_id text NOT NULL,
	revision integer NOT NULL,
	actor_id text NOT NULL REFERENCES users (id),
	action text NOT NULL,
	comment text NOT NULL,
	item_comments text NOT NULL,
	at timestamptz NOT NULL,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);
CREATE INDEX review_events_by_inspection ON review_events (inspection_id, id);

-- The trail is append-only even for someone with a SQL prompt and the app's credentials.
CREATE FUNCTION review_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'review_events is append-only';
END
$$;
CREATE TRIGGER review_events_no_change BEFORE UPDATE OR DELETE ON review_events
	FOR EACH ROW EXECUTE FUNCTION review_events_append_only();
CREATE TRIGGER review_events_no_truncate BEFORE TRUNCATE ON review_events
	FOR EACH STATEMENT EXECUTE FUNCTION review_events_append_only();
`
};
