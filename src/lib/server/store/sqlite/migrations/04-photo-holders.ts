import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 4,
	name: 'who holds each photo',
	sql: `
-- Who has shown they hold a photo's bytes: whoever uploaded them (an upload of bytes the server
-- already has counts, after the same checks), and the inspector of a record an imported file carried
-- them in. A push may cite only photos its inspector holds, so knowing a hash gives no way in to a
-- photo. Photos already stored: held by the inspectors of the records that cite them.
CREATE TABLE photo_holders (
	photo_hash TEXT NOT NULL REFERENCES photos (hash),
	user_id TEXT NOT NULL REFERENCES users (id),
	held_since TEXT NOT NULL,
	PRIMARY KEY (photo_hash, user_id)
) STRICT, WITHOUT ROWID;
INSERT INTO photo_holders (photo_hash, user_id, held_since)
SELECT p.photo_hash, s.inspector_id, min(s.received_at)
FROM submission_photos AS p JOIN submissions AS s USING (inspection_id, revision)
GROUP BY p.photo_hash, s.inspector_id;
`
};
