import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
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
};
