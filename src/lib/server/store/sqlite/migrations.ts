import type { Database } from 'better-sqlite3';
import { PHOTO_FLAG_COLUMN_SQL } from '../photoReuse';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/**
 * The SQLite schema, one numbered step at a time. A released step is never edited: a change is a new
 * step, so every data directory, however old, reaches the current schema the same way.
 * STRICT tables make SQLite refuse a value of the wrong type instead of storing it.
 */
export const migrations: readonly Migration[] = [
	{
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
	},
	{
		version: 2,
		name: 'review heads and findings, recommendations',
		sql: `
-- The latest revision of each inspection, with what the review queue filters and sorts on.
CREATE TABLE inspection_heads (
	inspection_id TEXT PRIMARY KEY,
	revision INTEGER NOT NULL,
	status TEXT NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies (id),
	inspector_id TEXT NOT NULL REFERENCES users (id),
	inspector_name TEXT NOT NULL,
	template_id TEXT NOT NULL,
	template_version INTEGER NOT NULL,
	started_at TEXT NOT NULL,
	started_date TEXT NOT NULL,
	finished_at TEXT,
	received_at TEXT NOT NULL,
	compliance_rate REAL,
	weighted_score REAL,
	compliant INTEGER NOT NULL,
	violations INTEGER NOT NULL,
	max_severity INTEGER NOT NULL,
	flag_far INTEGER NOT NULL,
	flag_manual INTEGER NOT NULL,
	flag_suspect INTEGER NOT NULL,
	flag_no_location INTEGER NOT NULL,
	lat REAL,
	lng REAL,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;
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
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL,
	item_id TEXT NOT NULL,
	theme TEXT NOT NULL,
	outcome TEXT NOT NULL CHECK (outcome IN ('compliant', 'violation', 'na')),
	severity TEXT NOT NULL,
	item_text TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (inspection_id, revision, item_id),
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;

-- Running totals per agency, month (Vietnam time) and item over the latest revisions, kept in the
-- same transaction as the findings: statistics over 100,000 inspections read these few rows instead
-- of millions of findings.
CREATE TABLE finding_totals (
	agency_id TEXT NOT NULL,
	month TEXT NOT NULL,
	item_id TEXT NOT NULL,
	theme TEXT NOT NULL,
	severity TEXT NOT NULL,
	item_text TEXT NOT NULL,
	compliant INTEGER NOT NULL,
	violation INTEGER NOT NULL,
	PRIMARY KEY (agency_id, month, item_id)
) STRICT;

-- Covering the per-item sums, grouped by item without a sort.
CREATE INDEX finding_totals_by_item ON finding_totals (item_id, agency_id, month, compliant, violation, theme, severity, item_text);

CREATE TABLE recommendations (
	id TEXT PRIMARY KEY,
	inspection_id TEXT NOT NULL,
	revision INTEGER NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies (id),
	item_id TEXT NOT NULL,
	item_text TEXT NOT NULL,
	what TEXT NOT NULL,
	deadline TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('open', 'fixed')),
	created_at TEXT NOT NULL,
	fixed_at TEXT,
	fixed_in_inspection_id TEXT,
	history TEXT NOT NULL,
	FOREIGN KEY (inspection_id, revision) REFERENCES submissions (inspection_id, revision)
) STRICT;
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
	template_id TEXT NOT NULL,
	template_version INTEGER NOT NULL,
	ordinal INTEGER NOT NULL,
	item_id TEXT NOT NULL,
	theme TEXT NOT NULL,
	severity TEXT NOT NULL,
	item_text TEXT NOT NULL,
	PRIMARY KEY (template_id, template_version, ordinal),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
) STRICT;
INSERT INTO template_items (template_id, template_version, ordinal, item_id, theme, severity, item_text)
SELECT t.id, t.version,
	row_number() OVER (PARTITION BY t.id, t.version ORDER BY CAST(s.key AS INTEGER), CAST(i.key AS INTEGER)),
	i.value ->> '$.id', s.value ->> '$.theme', i.value ->> '$.severity', i.value ->> '$.text.vi'
FROM templates AS t, json_each(t.content, '$.sections') AS s, json_each(s.value, '$.items') AS i;

-- The latest revision's findings, character n for item n: c compliant, v violation, n not applicable,
-- - none. One row per revision instead of one per item made a push batch several times cheaper.
ALTER TABLE inspection_heads ADD COLUMN outcomes TEXT NOT NULL DEFAULT '';
UPDATE inspection_heads SET outcomes = coalesce((
	SELECT group_concat(CASE f.outcome WHEN 'compliant' THEN 'c' WHEN 'violation' THEN 'v' WHEN 'na' THEN 'n' ELSE '-' END, '' ORDER BY ti.ordinal)
	FROM template_items AS ti
	LEFT JOIN findings AS f
		ON f.inspection_id = inspection_heads.inspection_id AND f.revision = inspection_heads.revision AND f.item_id = ti.item_id
	WHERE ti.template_id = inspection_heads.template_id AND ti.template_version = inspection_heads.template_version
), '');
DROP TABLE findings;
`
	},
	{
		version: 4,
		name: 'who holds each photo',
		sql: `
-- Who has shown they hold a photo's bytes: whoever uploaded them (an upload of bytes the server
-- already has counts, after the same checks), and the inspector of a record an imported file carried
-- them in. A push may cite only photos its inspector holds, so knowing a hash gives no way in to a
-- photo. Photos already stored: held by the inspectors of the records that cite them.
CREATE TABLE photo_holders (
	photo_hash TEXT NOT NULL REFERENCES photos (hash),
	user_id TEXT NOT NULL REFERENCES users (id),
	held_since TEXT NOT NULL,
	PRIMARY KEY (photo_hash, user_id)
) STRICT, WITHOUT ROWID;
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
	},
	{
		version: 6,
		name: 'device keys and the hash-chained ledger',
		sql: `
-- The public keys of the phones that sign records, per account (see domain/signature.ts). A key is
-- never deleted: records it signed stay verifiable; a revoked key signs nothing new.
CREATE TABLE devices (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id),
	public_key TEXT NOT NULL,
	label TEXT NOT NULL,
	first_seen_at TEXT NOT NULL,
	last_seen_at TEXT NOT NULL,
	revoked_at TEXT,
	revoked_by TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX devices_by_user ON devices (user_id);
-- /verify/<fingerprint>: a printed record found by its hash.
CREATE INDEX submissions_by_content_hash ON submissions (content_hash);

-- Append-only, hash-chained log of every accepted revision, trail event, recommendation change and
-- device key change (store/ledger/ledgerEntries.ts). Existing rows are entered when a store first
-- opens at this version (backfillLedger).
CREATE TABLE ledger (
	seq INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	body TEXT NOT NULL,
	prev_hash TEXT NOT NULL,
	hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
`
	},
	{
		version: 7,
		name: 'photo thumbnails',
		sql: `
-- The phone's own 320 px JPEG of a photo, sent beside it, so list and grid pages show thumbnails
-- instead of 1600 px photos. The bytes are a file beside the photo's (photoFiles.ts); the row is
-- written once the file is durable. Older photos have none: pages then fall back to the photo.
CREATE TABLE photo_thumbnails (
	photo_hash TEXT PRIMARY KEY REFERENCES photos (hash),
	size INTEGER NOT NULL,
	created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
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
-- The head rows summed per agency, month (Vietnam time) and everything else the queue counts and the
-- statistics group or filter on, kept by triggers so every writer (pushes, decisions, migrations,
-- bulk loads) keeps them right. Statistics and queue counts read a few thousand of these rows plus
-- the heads of at most a few days at the edges of a date range (review/dateSpans.ts), instead of
-- every head row: at 1,000,000 inspections that was 0.7 s for statistics and 19 s with a cut month.
-- rate_sum is reset to 0 when no rated head is left, so float residue never outlives its rows.
CREATE TABLE head_totals (
	agency_id TEXT NOT NULL,
	month TEXT NOT NULL,
	status TEXT NOT NULL,
	template_id TEXT NOT NULL,
	template_version INTEGER NOT NULL,
	max_severity INTEGER NOT NULL,
	violated INTEGER NOT NULL,
	inspections INTEGER NOT NULL,
	rated INTEGER NOT NULL,
	rate_sum REAL NOT NULL,
	violations INTEGER NOT NULL,
	compliant INTEGER NOT NULL,
	PRIMARY KEY (agency_id, month, status, template_id, template_version, max_severity, violated)
) STRICT, WITHOUT ROWID;
INSERT INTO head_totals
SELECT agency_id, substr(started_date, 1, 7), status, template_id, template_version, max_severity, violations > 0,
	count(*), count(compliance_rate), coalesce(sum(compliance_rate), 0), sum(violations), sum(compliant)
FROM inspection_heads GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE TRIGGER head_totals_insert AFTER INSERT ON inspection_heads BEGIN
	INSERT INTO head_totals VALUES (NEW.agency_id, substr(NEW.started_date, 1, 7), NEW.status, NEW.template_id, NEW.template_version,
		NEW.max_severity, NEW.violations > 0, 1, NEW.compliance_rate IS NOT NULL, coalesce(NEW.compliance_rate, 0), NEW.violations, NEW.compliant)
	ON CONFLICT DO UPDATE SET inspections = inspections + 1, rated = rated + excluded.rated, rate_sum = rate_sum + excluded.rate_sum,
		violations = violations + excluded.violations, compliant = compliant + excluded.compliant;
END;
CREATE TRIGGER head_totals_delete AFTER DELETE ON inspection_heads BEGIN
	UPDATE head_totals SET inspections = inspections - 1, rated = rated - (OLD.compliance_rate IS NOT NULL),
		rate_sum = CASE WHEN rated - (OLD.compliance_rate IS NOT NULL) = 0 THEN 0 ELSE rate_sum - coalesce(OLD.compliance_rate, 0) END,
		violations = violations - OLD.violations, compliant = compliant - OLD.compliant
	WHERE agency_id = OLD.agency_id AND month = substr(OLD.started_date, 1, 7) AND status = OLD.status AND template_id = OLD.template_id
		AND template_version = OLD.template_version AND max_severity = OLD.max_severity AND violated = (OLD.violations > 0);
END;
CREATE TRIGGER head_totals_update AFTER UPDATE OF agency_id, started_date, status, template_id, template_version, max_severity, violations, compliance_rate, compliant
ON inspection_heads BEGIN
	UPDATE head_totals SET inspections = inspections - 1, rated = rated - (OLD.compliance_rate IS NOT NULL),
		rate_sum = CASE WHEN rated - (OLD.compliance_rate IS NOT NULL) = 0 THEN 0 ELSE rate_sum - coalesce(OLD.compliance_rate, 0) END,
		violations = violations - OLD.violations, compliant = compliant - OLD.compliant
	WHERE agency_id = OLD.agency_id AND month = substr(OLD.started_date, 1, 7) AND status = OLD.status AND template_id = OLD.template_id
		AND template_version = OLD.template_version AND max_severity = OLD.max_severity AND violated = (OLD.violations > 0);
	INSERT INTO head_totals VALUES (NEW.agency_id, substr(NEW.started_date, 1, 7), NEW.status, NEW.template_id, NEW.template_version,
		NEW.max_severity, NEW.violations > 0, 1, NEW.compliance_rate IS NOT NULL, coalesce(NEW.compliance_rate, 0), NEW.violations, NEW.compliant)
	ON CONFLICT DO UPDATE SET inspections = inspections + 1, rated = rated + excluded.rated, rate_sum = rate_sum + excluded.rate_sum,
		violations = violations + excluded.violations, compliant = compliant + excluded.compliant;
END;

-- The edge days of a date range are read through one index holding what the counts and the
-- statistics need (the rows are read only for their findings); it replaces the date index and the
-- covering index of the old whole-table statistics.
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

-- finding_totals is read by agency and month (its key); the covering copy by item, with the item's
-- text in it, was most of the table's writes and size (on PostgreSQL 79 % of the database).
DROP INDEX finding_totals_by_item;
`
	},
	{
		version: 10,
		name: 'change counts for pulls: recommendations per agency, and the catalog',
		sql: `
-- Per agency, a number bumped in the same transaction as every new or changed recommendation, by
-- triggers so that no write path can forget it: a pull compares it with the one the phone holds and
-- sends an agency's recommendations only when they differ (see sync/pullRecommendations.ts). One
-- primary-key read per followed agency, however long the province's history.
CREATE TABLE agency_recommendation_versions (
	agency_id TEXT PRIMARY KEY,
	version INTEGER NOT NULL
) STRICT;
INSERT INTO agency_recommendation_versions (agency_id, version) SELECT agency_id, COUNT(*) FROM recommendations GROUP BY agency_id;
CREATE TRIGGER recommendations_inserted AFTER INSERT ON recommendations BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER recommendations_updated AFTER UPDATE ON recommendations BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = version + 1;
END;

-- One number that changes with any agency or template, written by triggers so that no write path
-- can forget it: app servers reload and re-hash the catalog only when it moved (sync/catalogSnapshot.ts).
CREATE TABLE catalog_version (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL
) STRICT;
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE TRIGGER agencies_inserted AFTER INSERT ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER agencies_updated AFTER UPDATE ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER agencies_deleted AFTER DELETE ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_inserted AFTER INSERT ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_updated AFTER UPDATE ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_deleted AFTER DELETE ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
`
	},
	{
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
	}
];

/**
 * Brings the database to the latest version in one transaction: either every pending step is applied
 * and recorded in schema_migrations, or none is. Opening twice applies nothing the second time.
 * BEGIN IMMEDIATE takes the write lock first, so two processes opening at once apply each step once.
 */
export function migrate(db: Database, steps: readonly Migration[] = migrations): number[] {
	const run = db.transaction(() => {
		db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			name TEXT NOT NULL,
			applied_at TEXT NOT NULL
		) STRICT`);
		const applied = new Set(
			(db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
		);
		const newest = Math.max(0, ...applied);
		const known = Math.max(0, ...steps.map((s) => s.version));
		if (newest > known) {
			throw new Error(`The database is at schema version ${newest}, newer than this app (${known}); upgrade the app`);
		}
		const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
		const done: number[] = [];
		for (const step of [...steps].sort((a, b) => a.version - b.version)) {
			if (applied.has(step.version)) continue;
			db.exec(step.sql);
			record.run(step.version, step.name, new Date().toISOString());
			done.push(step.version);
		}
		return done;
	});
	return run.immediate();
}
