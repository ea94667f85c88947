import type { Pool } from 'pg';
import type { Store } from '../Store';
import { photoInfoFromRow, type PhotoRow } from '../rows';
import { checkThumbnail } from '../thumbnailCheck';

type ThumbnailMethods = Pick<Store, 'missingThumbnails' | 'putPhotoThumbnail' | 'getPhotoThumbnail'>;

/** Thumbnails as bytea rows beside the photos', so every app server can serve them. */
export function postgresThumbnails(pool: Pool): ThumbnailMethods {
	return {
		async missingThumbnails(hashes, holderId) {
			const unique = [...new Set(hashes)];
			const { rows } = await pool.query<{ photo_hash: string }>(
				`SELECT h.photo_hash FROM photo_holders AS h LEFT JOIN photo_thumbnails AS t USING (photo_hash)
				 WHERE h.user_id = $1 AND h.photo_hash = ANY($2::text[]) AND t.photo_hash IS NULL`,
				[holderId, unique]
			);
			const lacking = new Set(rows.map((r) => r.photo_hash));
			return unique.filter((hash) => lacking.has(hash));
		},
		async putPhotoThumbnail(hash, bytes, now, holderId) {
			checkThumbnail(bytes);
			// One statement: stored only for a holder of the photo, and only once.
			const { rows } = await pool.query<{ held: boolean; stored: boolean }>(
				`WITH holder AS (
					SELECT 1 FROM photo_holders WHERE photo_hash = $1 AND user_id = $2
				), stored AS (
					INSERT INTO photo_thumbnails (photo_hash, size, bytes, created_at)
					SELECT $1, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM holder)
					ON CONFLICT (photo_hash) DO NOTHING RETURNING true
				)
				SELECT EXISTS (SELECT 1 FROM holder) AS held, EXISTS (SELECT 1 FROM stored) AS stored`,
				[hash, holderId, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), now.toISOString()]
			);
			if (!rows[0]?.held) return 'not-held';
			return rows[0].stored ? 'stored' : 'exists';
		},
		async getPhotoThumbnail(hash) {
			const { rows } = await pool.query<PhotoRow & { bytes: Buffer }>(
				`SELECT photo_hash AS hash, 'image/jpeg' AS mime, size, created_at, bytes FROM photo_thumbnails WHERE photo_hash = $1`,
				[hash]
			);
			const row = rows[0];
			return row ? { ...photoInfoFromRow(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : null;
		}
	};
}
