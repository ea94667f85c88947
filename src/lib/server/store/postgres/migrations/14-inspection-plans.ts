import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 14,
	name: 'inspection plans, their visits and teams, and the inspections made for them',
	sql: `
-- See the SQLite migration 14.
CREATE TABLE plans (
	id text PRIMARY KEY,
	title text NOT NULL,
	year integer NOT NULL,
	period text NOT NULL,
	legal_basis text NOT NULL,
	issuing_agency_id text NOT NULL REFERENCES agencies (id),
	created_by text NOT NULL REFERENCES users (id),
	created_at timestamptz NOT NULL,
	updated_at timestamptz NOT NULL,
	version integer NOT NULL
);
CREATE INDEX plans_by_issuer ON plans (issuing_agency_id, year);

CREATE TABLE plan_visits (
	id text PRIMARY KEY,
	plan_id text NOT NULL REFERENCES plans (id),
	position integer NOT NULL,
	agency_id text NOT NULL REFERENCES agencies (id),
	template_id text NOT NULL,
	window_from text NOT NULL,
	window_to text NOT NULL,
	announced integer NOT NULL,
	team text NOT NULL
);
CREATE INDEX plan_visits_by_plan ON plan_visits (plan_id, position);
CREATE INDEX plan_visits_by_window ON plan_visits (window_to);

CREATE TABLE visit_members (
	account_id text NOT NULL REFERENCES users (id),
	visit_id text NOT NULL REFERENCES plan_visits (id) ON DELETE CASCADE,
	PRIMARY KEY (account_id, visit_id)
);
CREATE INDEX visit_members_by_visit ON visit_members (visit_id);

CREATE TABLE visit_inspections (
	inspection_id text PRIMARY KEY,
	visit_id text NOT NULL,
	linked_at timestamptz NOT NULL
);
CREATE INDEX visit_inspections_by_visit ON visit_inspections (visit_id);
`
};
