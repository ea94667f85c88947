import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 14,
	name: 'inspection plans, their visits and teams, and the inspections made for them',
	sql: `
-- A plan (kế hoạch kiểm tra) issued by an agency's office for a year or a period. version counts
-- edits: an edit names the version it was made from, so two supervisors never overwrite each other.
CREATE TABLE plans (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	year INTEGER NOT NULL,
	period TEXT NOT NULL,
	legal_basis TEXT NOT NULL,
	issuing_agency_id TEXT NOT NULL REFERENCES agencies (id),
	created_by TEXT NOT NULL REFERENCES users (id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	version INTEGER NOT NULL
) STRICT;
CREATE INDEX plans_by_issuer ON plans (issuing_agency_id, year);

-- Its visits, in the plan's order; the team as JSON (team.ts), its accounts in visit_members.
CREATE TABLE plan_visits (
	id TEXT PRIMARY KEY,
	plan_id TEXT NOT NULL REFERENCES plans (id),
	position INTEGER NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies (id),
	template_id TEXT NOT NULL,
	window_from TEXT NOT NULL,
	window_to TEXT NOT NULL,
	announced INTEGER NOT NULL,
	team TEXT NOT NULL
) STRICT;
CREATE INDEX plan_visits_by_plan ON plan_visits (plan_id, position);
-- The overdue reminder reads visits whose window has passed.
CREATE INDEX plan_visits_by_window ON plan_visits (window_to);

-- Who is assigned: one row per account on a visit's team (the phone's "Việc được giao").
CREATE TABLE visit_members (
	account_id TEXT NOT NULL REFERENCES users (id),
	visit_id TEXT NOT NULL REFERENCES plan_visits (id) ON DELETE CASCADE,
	PRIMARY KEY (account_id, visit_id)
) STRICT;
CREATE INDEX visit_members_by_visit ON visit_members (visit_id);

-- The inspection a team member made for a visit, as its signed record names it (visitId). Written
-- before the record is stored, so no foreign key to it: a link whose record never arrives joins to
-- no head and counts for nothing.
CREATE TABLE visit_inspections (
	inspection_id TEXT PRIMARY KEY,
	visit_id TEXT NOT NULL,
	linked_at TEXT NOT NULL
) STRICT;
CREATE INDEX visit_inspections_by_visit ON visit_inspections (visit_id);
`
};
