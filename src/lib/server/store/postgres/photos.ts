import type { Pool } from 'pg';
import type { Store } from '../Store';
import { checkPhoto } from '../photoCheck';
import type { PhotoReference } from '../records';
import { photoInfoFromRow, type PhotoRow } from '../rows';

type PhotoMethods = Pick<Store, 'missingPhotos' | 'putPhoto' | 'getPhoto' | 'getPhotoInfo' | 'photoReferences'>;

/**
 * Photo bytes in the database (bytea), not on one server's disk: every app server behind a load
 * balancer can answer "which photos are missing" and serve any photo, with no shared file system.
 */
export function postgresPhotos(pool: Pool): PhotoMethods {
	return {
		async missingPhotos(hashes, holderId) {
			const unique = [...new Set(hashes)];
			const { rows } = await pool.query<{ photo_hash: string }>('SELECT photo_hash FROM photo_holders WHERE user_id = $1 AND photo_hash = ANY($2::text[])', [
				holderId,
				unique
			]);
			const found = new Set(rows.map((r) => r.photo_hash));
			return unique.filter((hash) => !found.has(hash));
		},
		async putPhoto(hash, mime, bytes, now, holderId) {
			const type = checkPhoto(hash, mime, bytes);
			// One statement: the photo (once) and its holder, so a holder never names a photo that is not there.
			const { rows } = await pool.query<{ stored: boolean }>(
				`WITH stored AS (
					INSERT INTO photos (hash, mime, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING RETURNING true AS stored
				), held AS (
					INSERT INTO photo_holders (photo_hash, user_id, held_since) VALUES ($1, $6, $5) ON CONFLICT DO NOTHING
				)
				SELECT EXISTS (SELECT 1 FROM stored) AS stored`,
				[hash, type, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), now.toISOString(), holderId]
			);
			return rows[0]?.stored ? 'stored' : 'exists';
		},
		async getPhoto(hash) {
			const { rows } = await pool.query<PhotoRow & { bytes: Buffer }>(
				'SELECT hash, mime, size, created_at, bytes FROM photos WHERE hash = $1',
				[hash]
			);
			const row = rows[0];
			return row ? { ...photoInfoFromRow(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : null;
		},
		async getPhotoInfo(hash) {
			const { rows } = await pool.query<PhotoRow>('SELECT hash, mime, size, created_at FROM photos WHERE hash = $1', [hash]);
			return rows[0] ? photoInfoFromRow(rows[0]) : null;
		},
		async photoReferences(hash) {
			const { rows } = await pool.query<PhotoReference>(
				`SELECT s.inspection_id AS "inspectionId", s.revision, s.inspector_id AS "inspectorId", s.agency_id AS "agencyId"
				 FROM submission_photos AS p JOIN submissions AS s USING (inspection_id, revision)
				 WHERE p.photo_hash = $1 ORDER BY s.inspection_id COLLATE "C", s.revision`,
				[hash]
			);
			return rows;
		}
	};
}
