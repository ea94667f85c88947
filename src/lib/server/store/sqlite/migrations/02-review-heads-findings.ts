import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
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
};
