import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
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
};
