import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 7,
	name: 'photo thumbnails',
	sql: `
-- The phone's own 320 px JPEG of a photo, sent beside it, so list and grid pages show thumbnails
-- instead of 1600 px photos. The bytes are a file beside the photo's (photoFiles.ts); the row is
-- written once the file is durable. Older photos have none: pages then fall back to the photo.
CREATE TABLE photo_thumbnails (
	photo_hash TEXT PRIMARY KEY REFERENCES photos (hash),
	size INTEGER NOT NULL,
	created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`
};
