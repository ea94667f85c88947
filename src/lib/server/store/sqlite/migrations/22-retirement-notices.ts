import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 22,
	name: 'when each account was first sent a template retirement',
	sql: `
-- A phone learns that a template is retired with the catalog of a pull; from then on it offers the
-- template for no new inspection. The first such pull per account is kept, so a push can tell an
-- inspection started before the phone knew (accepted: it may have been offline for days) from one
-- started after (refused). Bringing the template back removes its notices: a later retirement is new.
CREATE TABLE template_retirement_notices (
	template_id TEXT NOT NULL REFERENCES template_retirements (template_id) ON DELETE CASCADE,
	user_id TEXT NOT NULL REFERENCES users (id),
	notified_at TEXT NOT NULL,
	PRIMARY KEY (template_id, user_id)
) STRICT;
`
};
