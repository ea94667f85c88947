import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { checkPhoto } from '../photoCheck';
import { photoInfoFromRow, type PhotoRow } from '../rows';
import { readPhotoFile, writePhotoFile } from './photoFiles';

type PhotoMethods = Pick<Store, 'missingPhotos' | 'putPhoto' | 'getPhoto' | 'getPhotoInfo' | 'photoReferences'>;

/**
 * Photos as files in the data directory, one row each in the database. The row is written only after
 * the file is durable, so a row always has its bytes; a file without a row (a crash in between) is
 * simply written again by the next upload.
 */
export function sqlitePhotos(db: Database, photoDir: string): PhotoMethods {
	const info = db.prepare('SELECT hash, mime, size, created_at FROM photos WHERE hash = ?');
	const insert = db.prepare('INSERT INTO photos (hash, mime, size, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING');
	const held = db.prepare('SELECT photo_hash FROM photo_holders WHERE user_id = ? AND photo_hash IN (SELECT value FROM json_each(?))').pluck();
	const hold = db.prepare('INSERT INTO photo_holders (photo_hash, user_id, held_since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
	const references = db.prepare(
		`SELECT s.inspection_id AS inspectionId, s.revision, s.inspector_id AS inspectorId, s.agency_id AS agencyId
		 FROM submission_photos AS p JOIN submissions AS s USING (inspection_id, revision)
		 WHERE p.photo_hash = ? ORDER BY s.inspection_id, s.revision`
	);
	// The photo's row and its holder in one commit: one fsync per upload instead of two (each commit
	// is an fsync under synchronous=FULL, on the event loop: 2 ms each in the 100-phone sync bench).
	const record = db.transaction((hash: string, type: string | null, size: number, at: string, holderId: string): boolean => {
		const stored = type !== null && insert.run(hash, type, size, at).changes > 0;
		hold.run(hash, holderId, at);
		return stored;
	});
	const getInfo = (hash: string) => {
		const row = info.get(hash) as PhotoRow | undefined;
		return row ? photoInfoFromRow(row) : null;
	};

	return {
		async missingPhotos(hashes, holderId) {
			const unique = [...new Set(hashes)];
			const found = new Set(held.all(holderId, JSON.stringify(unique)) as string[]);
			return unique.filter((hash) => !found.has(hash));
		},
		async putPhoto(hash, mime, bytes, now, holderId) {
			const type = checkPhoto(hash, mime, bytes);
			const known = getInfo(hash) !== null;
			// The file is durable before its row exists (see above).
			if (!known) await writePhotoFile(photoDir, hash, bytes);
			return record(hash, known ? null : type, bytes.byteLength, now.toISOString(), holderId) ? 'stored' : 'exists';
		},
		async getPhoto(hash) {
			const photo = getInfo(hash);
			return photo ? { ...photo, bytes: await readPhotoFile(photoDir, hash) } : null;
		},
		async getPhotoInfo(hash) {
			return getInfo(hash);
		},
		async photoReferences(hash) {
			return references.all(hash) as Awaited<ReturnType<PhotoMethods['photoReferences']>>;
		}
	};
}
