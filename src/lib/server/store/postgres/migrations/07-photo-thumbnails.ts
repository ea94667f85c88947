import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 7,
	name: 'photo thumbnails',
	sql: `
-- See the SQLite migration 7: the phone's own small JPEG of a photo, for list and grid pages.
CREATE TABLE photo_thumbnails (
	photo_hash text PRIMARY KEY REFERENCES photos (hash),
	size integer NOT NULL,
	bytes bytea NOT NULL,
	created_at timestamptz NOT NULL
);
`
};
