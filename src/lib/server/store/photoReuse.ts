/**
 * The queue's photo flag (inspection_heads.flag_photo) for what no single record shows: the same
 * photo bytes cited by two inspections. deriveRevision sets the flag from the record itself; once a
 * revision's photos are linked (submission_photos, same transaction) this marks both that inspection
 * and every other one citing any of its photos, since the earlier record is as much in question as
 * the later. Shared SQL for both stores; `param(n)` writes the n-th placeholder (0-based), and the
 * values are photoReuseValues' (the same two repeated, as SQLite's `?` cannot be reused).
 */

/** The schema step adding the column (migration 8 in both stores): existing heads start unflagged. */
export const PHOTO_FLAG_COLUMN_SQL = `
-- 1 when a photo of the latest revision carries a photo flag (domain/photoFlags.ts) or is cited by
-- another inspection too (store/photoReuse.ts). Heads stored before this version stay 0.
ALTER TABLE inspection_heads ADD COLUMN flag_photo INTEGER NOT NULL DEFAULT 0;
`;

export function markPhotoReuseSql(param: (n: number) => string): string {
	const shared = (inspection: string, revision: string) => `SELECT o.inspection_id FROM submission_photos AS mine
		JOIN submission_photos AS o ON o.photo_hash = mine.photo_hash AND o.inspection_id <> mine.inspection_id
		WHERE mine.inspection_id = ${inspection} AND mine.revision = ${revision}`;
	return `UPDATE inspection_heads SET flag_photo = 1
	WHERE flag_photo = 0 AND (
		inspection_id IN (${shared(param(0), param(1))})
		OR (inspection_id = ${param(2)} AND EXISTS (${shared(param(3), param(4))}))
	)`;
}

export const photoReuseValues = (inspectionId: string, revision: number): unknown[] => [inspectionId, revision, inspectionId, inspectionId, revision];
