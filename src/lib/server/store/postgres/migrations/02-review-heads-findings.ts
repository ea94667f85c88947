import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
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
};
