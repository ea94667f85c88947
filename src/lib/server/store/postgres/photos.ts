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
		async missingPhotos(hashes) {
			const unique = [...new Set(hashes)];
			const { rows } = await pool.query<{ hash: string }>('SELECT hash FROM photos WHERE hash = ANY($1::text[])', [unique]);
			const found = new Set(rows.map((r) => r.hash));
			return unique.filter((hash) => !found.has(hash));
		},
		async putPhoto(hash, mime, bytes, now) {
			const type = checkPhoto(hash, mime, bytes);
			const result = await pool.query(
				'INSERT INTO photos (hash, mime, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING',
				[hash, type, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), now.toISOString()]
			);
			return (result.rowCount ?? 0) > 0 ? 'stored' : 'exists';
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
