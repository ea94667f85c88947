import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 22,
	name: 'when each account was first sent a template retirement',
	sql: `
-- See the SQLite migration 22.
CREATE TABLE template_retirement_notices (
	template_id text NOT NULL REFERENCES template_retirements (template_id) ON DELETE CASCADE,
	user_id text NOT NULL REFERENCES users (id),
	notified_at timestamptz NOT NULL,
	PRIMARY KEY (template_id, user_id)
);
`
};
