import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { photoInfoFromRow, type PhotoRow } from '../rows';
import { checkThumbnail } from '../thumbnailCheck';
import { readThumbnailFile, writeThumbnailFile } from './photoFiles';

type ThumbnailMethods = Pick<Store, 'missingThumbnails' | 'putPhotoThumbnail' | 'getPhotoThumbnail'>;

/**
 * Thumbnails as files beside their photos, one row each, written only once the file is durable
 * (as photos are: a file without a row is simply written again by the next upload).
 */
export function sqliteThumbnails(db: Database, photoDir: string): ThumbnailMethods {
	const info = db.prepare(`SELECT photo_hash AS hash, 'image/jpeg' AS mime, size, created_at FROM photo_thumbnails WHERE photo_hash = ?`);
	const insert = db.prepare('INSERT INTO photo_thumbnails (photo_hash, size, created_at) VALUES (?, ?, ?) ON CONFLICT (photo_hash) DO NOTHING');
	const holds = db.prepare('SELECT 1 FROM photo_holders WHERE photo_hash = ? AND user_id = ?').pluck();
	const heldWithout = db
		.prepare(
			`SELECT h.photo_hash FROM photo_holders AS h LEFT JOIN photo_thumbnails AS t USING (photo_hash)
			 WHERE h.user_id = ? AND h.photo_hash IN (SELECT value FROM json_each(?)) AND t.photo_hash IS NULL`
		)
		.pluck();
	const getInfo = (hash: string) => {
		const row = info.get(hash) as PhotoRow | undefined;
		return row ? photoInfoFromRow(row) : null;
	};

	return {
		async missingThumbnails(hashes, holderId) {
			const unique = [...new Set(hashes)];
			const lacking = new Set(heldWithout.all(holderId, JSON.stringify(unique)) as string[]);
			return unique.filter((hash) => lacking.has(hash));
		},
		async putPhotoThumbnail(hash, bytes, now, holderId) {
			checkThumbnail(bytes);
			if (!holds.get(hash, holderId)) return 'not-held';
			if (getInfo(hash)) return 'exists';
			await writeThumbnailFile(photoDir, hash, bytes);
			return insert.run(hash, bytes.byteLength, now.toISOString()).changes > 0 ? 'stored' : 'exists';
		},
		async getPhotoThumbnail(hash) {
			const thumbnail = getInfo(hash);
			const bytes = thumbnail ? await readThumbnailFile(photoDir, hash) : null;
			// A row whose file is gone (a restore from a backup without it) is no thumbnail: the photo is shown.
			return thumbnail && bytes ? { ...thumbnail, bytes } : null;
		}
	};
}
