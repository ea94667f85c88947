import type { PoolClient } from 'pg';
import { PHOTO_FLAG_COLUMN_SQL } from '../photoReuse';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/**
 * The PostgreSQL schema, one numbered step at a time; a released step is never edited. Tables are
 * created unqualified, in the first schema of the search_path (public, or a test's own schema).
 */
export const migrations: readonly Migration[] = [
	{
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
	},
	{
		version: 2,
		name: 'review heads and findings, recommendations',
		sql: `
-- The latest revision of each inspection, with what the review queue filters and sorts on.
CREATE TABLE inspection_heads (
	inspection_id text PRIMARY KEY,
	revision integer NOT NULL,
	status text NOT NULL,
	agency_id text NOT NULL REFERENCES agencies (id),
	inspector_id text NOT NULL REFERENCES users (id),
	inspector_name text NOT NULL,
	template_id text NOT NULL,
	template_version integer NOT NULL,
	started_at text NOT NULL,
	started_date text NOT NULL,
	finished_at text,
	received_at text NOT NULL,
	compliance_rate double precision,
	weighted_score double precision,
	compliant integer NOT NULL,
	violations integer NOT NULL,
	max_severity integer NOT NULL,
	flag_far integer NOT NULL,
	flag_manual integer NOT NULL,
	flag_suspect integer NOT NULL,
	flag_no_location integer NOT NULL,
	lat double precision,
	lng double precision,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);
-- Queue filters always include the jurisdiction (agency); the default order is by start. No index on
-- status on purpose: nearly every row is 'sent' or 'approved', and the planner, given one, preferred it
-- to the date range and counted most of the table (50 ms at 100,000 inspections).
CREATE INDEX heads_by_agency_started ON inspection_heads (agency_id, started_at);
CREATE INDEX heads_by_started ON inspection_heads (started_at, inspection_id);
CREATE INDEX heads_by_inspector_started ON inspection_heads (inspector_id, started_at);
CREATE INDEX heads_by_date ON inspection_heads (started_date);
-- Covering the statistics by agency and by month, so they read the index alone.
CREATE INDEX heads_for_stats ON inspection_heads (agency_id, started_date, compliance_rate, violations, compliant);

-- One row per answered scorable item of every revision.
CREATE TABLE findings (
	inspection_id text NOT NULL,
	revision integer NOT NULL,
	item_id text NOT NULL,
	theme text NOT NULL,
	outcome text NOT NULL CHECK (outcome IN ('compliant', 'violation', 'na')),
	severity text NOT NULL,
	item_text text NOT NULL,
	note text NOT NULL,
	PRIMARY KEY (inspection_id, revision, item_id),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);

-- Running totals per agency, month (Vietnam time) and item over the latest revisions, kept in the
-- same transaction as the findings: statistics over 100,000 inspections read these few rows instead
-- of millions of findings.
CREATE TABLE finding_totals (
	agency_id text NOT NULL,
	month text NOT NULL,
	item_id text NOT NULL,
	theme text NOT NULL,
	severity text NOT NULL,
	item_text text NOT NULL,
	compliant integer NOT NULL,
	violation integer NOT NULL,
	PRIMARY KEY (agency_id, month, item_id)
);

-- Covering the per-item sums, grouped by item without a sort.
CREATE INDEX finding_totals_by_item ON finding_totals (item_id, agency_id, month, compliant, violation, theme, severity, item_text);

CREATE TABLE recommendations (
	id text PRIMARY KEY,
	inspection_id text NOT NULL,
	revision integer NOT NULL,
	agency_id text NOT NULL REFERENCES agencies (id),
	item_id text NOT NULL,
	item_text text NOT NULL,
	what text NOT NULL,
	deadline text NOT NULL,
	status text NOT NULL CHECK (status IN ('open', 'fixed')),
	created_at text NOT NULL,
	fixed_at text,
	fixed_in_inspection_id text,
	history text NOT NULL,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
);
CREATE INDEX recommendations_by_agency ON recommendations (agency_id, status);
CREATE INDEX recommendations_by_inspection ON recommendations (inspection_id);
`
	},
	{
		version: 3,
		name: 'findings as one character per template item on the head row',
		sql: `
-- Every item of every template version, numbered in form order (see templateItems.ts). Written with the
-- template; versions never change, so neither do these rows.
CREATE TABLE template_items (
	template_id text NOT NULL,
	template_version integer NOT NULL,
	ordinal integer NOT NULL,
	item_id text NOT NULL,
	theme text NOT NULL,
	severity text NOT NULL,
	item_text text NOT NULL,
	PRIMARY KEY (template_id, template_version, ordinal),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
);
INSERT INTO template_items (template_id, template_version, ordinal, item_id, theme, severity, item_text)
SELECT t.id, t.version,
	row_number() OVER (PARTITION BY t.id, t.version ORDER BY s.ord, i.ord),
	i.value ->> 'id', s.value ->> 'theme', i.value ->> 'severity', i.value -> 'text' ->> 'vi'
FROM templates AS t
	CROSS JOIN LATERAL jsonb_array_elements(t.content::jsonb -> 'sections') WITH ORDINALITY AS s (value, ord)
	CROSS JOIN LATERAL jsonb_array_elements(s.value -> 'items') WITH ORDINALITY AS i (value, ord);

-- The latest revision's findings, character n for item n: c compliant, v violation, n not applicable,
-- - none. One row per revision instead of one per item made a push batch several times cheaper.
ALTER TABLE inspection_heads ADD COLUMN outcomes text NOT NULL DEFAULT '';
UPDATE inspection_heads AS h SET outcomes = coalesce((
	SELECT string_agg(CASE f.outcome WHEN 'compliant' THEN 'c' WHEN 'violation' THEN 'v' WHEN 'na' THEN 'n' ELSE '-' END, '' ORDER BY ti.ordinal)
	FROM template_items AS ti
	LEFT JOIN findings AS f ON f.inspection_id = h.inspection_id AND f.revision = h.revision AND f.item_id = ti.item_id
	WHERE ti.template_id = h.template_id AND ti.template_version = h.template_version
), '');
DROP TABLE findings;
`
	},
	{
		version: 4,
		name: 'who holds each photo',
		sql: `
-- See the SQLite migration 4: a push may cite only photos its inspector has shown to hold.
CREATE TABLE photo_holders (
	photo_hash text NOT NULL REFERENCES photos (hash),
	user_id text NOT NULL REFERENCES users (id),
	held_since timestamptz NOT NULL,
	PRIMARY KEY (photo_hash, user_id)
);
INSERT INTO photo_holders (photo_hash, user_id, held_since)
SELECT p.photo_hash, s.inspector_id, min(s.received_at)
FROM submission_photos AS p JOIN submissions AS s USING (inspection_id, revision)
GROUP BY p.photo_hash, s.inspector_id;
`
	},
	{
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
	},
	{
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
	},
	{
		version: 7,
		name: 'photo thumbnails',
		sql: `
-- See the SQLite migration 7: the phone's own small JPEG of a photo, for list and grid pages.
CREATE TABLE photo_thumbnails (
	photo_hash text PRIMARY KEY REFERENCES photos (hash),
	size integer NOT NULL,
	bytes bytea NOT NULL,
	created_at timestamptz NOT NULL
);
`
	},
	{
		version: 8,
		name: 'photo flag on inspection heads',
		sql: PHOTO_FLAG_COLUMN_SQL
	},
	{
		version: 9,
		name: 'head totals per agency and month; narrower indexes for the review reads',
		sql: `
-- See the SQLite migration 9: the head rows summed per agency, month and what the queue counts and
-- the statistics group or filter on, kept by a trigger. fillfactor leaves room in each page so the
-- running totals' updates stay HOT (no index touched: only the key is indexed and it never changes).
CREATE TABLE head_totals (
	agency_id text NOT NULL,
	month text NOT NULL,
	status text NOT NULL,
	template_id text NOT NULL,
	template_version integer NOT NULL,
	max_severity integer NOT NULL,
	violated integer NOT NULL,
	inspections integer NOT NULL,
	rated integer NOT NULL,
	rate_sum double precision NOT NULL,
	violations integer NOT NULL,
	compliant integer NOT NULL,
	PRIMARY KEY (agency_id, month, status, template_id, template_version, max_severity, violated)
) WITH (fillfactor = 50);
INSERT INTO head_totals
SELECT agency_id, substr(started_date, 1, 7), status, template_id, template_version, max_severity, (violations > 0)::integer,
	count(*), count(compliance_rate), coalesce(sum(compliance_rate), 0), sum(violations), sum(compliant)
FROM inspection_heads GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE FUNCTION head_totals_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		UPDATE head_totals SET inspections = inspections - 1, rated = rated - (OLD.compliance_rate IS NOT NULL)::integer,
			rate_sum = CASE WHEN rated - (OLD.compliance_rate IS NOT NULL)::integer = 0 THEN 0 ELSE rate_sum - coalesce(OLD.compliance_rate, 0) END,
			violations = violations - OLD.violations, compliant = compliant - OLD.compliant
		WHERE agency_id = OLD.agency_id AND month = substr(OLD.started_date, 1, 7) AND status = OLD.status AND template_id = OLD.template_id
			AND template_version = OLD.template_version AND max_severity = OLD.max_severity AND violated = (OLD.violations > 0)::integer;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO head_totals VALUES (NEW.agency_id, substr(NEW.started_date, 1, 7), NEW.status, NEW.template_id, NEW.template_version,
			NEW.max_severity, (NEW.violations > 0)::integer, 1, (NEW.compliance_rate IS NOT NULL)::integer, coalesce(NEW.compliance_rate, 0), NEW.violations, NEW.compliant)
		ON CONFLICT (agency_id, month, status, template_id, template_version, max_severity, violated) DO UPDATE SET
			inspections = head_totals.inspections + 1, rated = head_totals.rated + excluded.rated, rate_sum = head_totals.rate_sum + excluded.rate_sum,
			violations = head_totals.violations + excluded.violations, compliant = head_totals.compliant + excluded.compliant;
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER head_totals_track
AFTER INSERT OR DELETE OR UPDATE OF agency_id, started_date, status, template_id, template_version, max_severity, violations, compliance_rate, compliant
ON inspection_heads FOR EACH ROW EXECUTE FUNCTION head_totals_track();

-- See the SQLite migration 9.
DROP INDEX heads_for_stats;
DROP INDEX heads_by_date;
CREATE INDEX heads_by_date ON inspection_heads (started_date, agency_id, status, template_id, template_version, max_severity, violations, compliant, compliance_rate);

-- The start-time walk (the queue's default page, the map's newest 20,000) reads the agency and the
-- map's columns from the index: at 1,000,000 heads a row lookup per step was most of the map's time.
DROP INDEX heads_by_started;
CREATE INDEX heads_by_started ON inspection_heads (started_at, inspection_id, agency_id, lat, lng, compliance_rate);

-- The queue filtered on a flag: its page in start order and its count (with agency and status) from the few
-- flagged heads instead of the whole table. Partial, so an unflagged head costs no entry.
CREATE INDEX heads_flag_far ON inspection_heads (started_at, inspection_id, agency_id, status) WHERE flag_far = 1;
CREATE INDEX heads_flag_manual ON inspection_heads (started_at, inspection_id, agency_id, status) WHERE flag_manual = 1;
CREATE INDEX heads_flag_suspect ON inspection_heads (started_at, inspection_id, agency_id, status) WHERE flag_suspect = 1;
CREATE INDEX heads_flag_no_location ON inspection_heads (started_at, inspection_id, agency_id, status) WHERE flag_no_location = 1;
CREATE INDEX heads_flag_photo ON inspection_heads (started_at, inspection_id, agency_id, status) WHERE flag_photo = 1;

-- finding_totals: its covering index by item (with the item's text) was 79 % of the database and
-- made every totals update non-HOT. Without it the counts are the only columns updated and none is
-- indexed, so with room in the page (fillfactor) an update rewrites no index.
DROP INDEX finding_totals_by_item;
ALTER TABLE finding_totals SET (fillfactor = 50);
`
	},
	{
		version: 10,
		name: 'change counts for pulls: recommendations per agency, and the catalog',
		sql: `
-- Per agency, a number bumped in the same transaction as every new or changed recommendation, by a
-- trigger so that no write path can forget it: a pull compares it with the one the phone holds and
-- sends an agency's recommendations only when they differ (see sync/pullRecommendations.ts). One
-- primary-key read per followed agency, however long the province's history. Writers of one
-- agency's recommendations queue on its row only until they commit.
CREATE TABLE agency_recommendation_versions (
	agency_id text PRIMARY KEY,
	version bigint NOT NULL
);
INSERT INTO agency_recommendation_versions (agency_id, version) SELECT agency_id, COUNT(*) FROM recommendations GROUP BY agency_id;
CREATE FUNCTION bump_agency_recommendation_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = agency_recommendation_versions.version + 1;
	RETURN NULL;
END
$$;
CREATE TRIGGER recommendations_changed AFTER INSERT OR UPDATE ON recommendations FOR EACH ROW EXECUTE FUNCTION bump_agency_recommendation_version();

-- One number that changes with any agency or template, written by a trigger so that no write path
-- (nor another app server) can forget it: each server reloads and re-hashes the catalog only when it
-- moved (sync/catalogSnapshot.ts). Catalog writes are rare (an administrator), so one row is no hot spot.
CREATE TABLE catalog_version (
	id integer PRIMARY KEY CHECK (id = 1),
	version bigint NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE catalog_version SET version = version + 1;
	RETURN NULL;
END
$$;
CREATE TRIGGER agencies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agencies FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER templates_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON templates FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
`
	},
	{
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
	}
];

/** Any constant will do; it only has to be the same in every app server. */
const MIGRATION_LOCK = 4_711_001;

/**
 * Brings the schema to the latest version in one transaction, recorded in schema_migrations. Several
 * app servers starting at once queue on an advisory lock, so each step runs exactly once.
 */
export async function migrate(client: PoolClient, steps: readonly Migration[] = migrations): Promise<number[]> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY,
			name text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
		const applied = new Set(rows.map((r) => r.version));
		const newest = Math.max(0, ...applied);
		const known = Math.max(0, ...steps.map((s) => s.version));
		if (newest > known) {
			throw new Error(`The database is at schema version ${newest}, newer than this app (${known}); upgrade the app`);
		}
		const done: number[] = [];
		for (const step of [...steps].sort((a, b) => a.version - b.version)) {
			if (applied.has(step.version)) continue;
			await client.query(step.sql);
			await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
			done.push(step.version);
		}
		await client.query('COMMIT');
		return done;
	} catch (error) {
		await client.query('ROLLBACK');
		throw error;
	}
}
