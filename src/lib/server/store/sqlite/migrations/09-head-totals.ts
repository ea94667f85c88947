import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
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
};
