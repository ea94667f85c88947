import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { nextCursor, pageBefore, pageLimit } from '../paging';
import type { Submission, SubmissionScope } from '../records';
import { SUMMARY_COLUMNS, summaryFromRow, type SubmissionRow } from '../rows';

type ReadMethods = Pick<
	Store,
	'getSubmission' | 'listRevisions' | 'listSubmissionsByInspector' | 'listSubmissionsForAgencies' | 'changesSince'
>;

// Only the newest revision of each inspection appears in lists; older ones are read by id.
const LATEST = 'revision = (SELECT max(revision) FROM submissions AS later WHERE later.inspection_id = submissions.inspection_id)';

export function sqliteSubmissionReads(db: Database): ReadMethods {
	const latest = db.prepare(`SELECT ${SUMMARY_COLUMNS}, content FROM submissions WHERE inspection_id = ? ORDER BY revision DESC LIMIT 1`);
	const one = db.prepare(`SELECT ${SUMMARY_COLUMNS}, content FROM submissions WHERE inspection_id = ? AND revision = ?`);
	const revisions = db.prepare(`SELECT ${SUMMARY_COLUMNS}, content FROM submissions WHERE inspection_id = ? ORDER BY revision`);
	const photos = db.prepare('SELECT photo_hash FROM submission_photos WHERE inspection_id = ? AND revision = ? ORDER BY photo_hash').pluck();
	const byInspector = db.prepare(
		`SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE inspector_id = ? AND change_seq < ? AND ${LATEST} ORDER BY change_seq DESC LIMIT ?`
	);
	// A JSON array parameter binds a whole id list to one placeholder.
	const byAgencies = db.prepare(
		`SELECT ${SUMMARY_COLUMNS} FROM submissions
		 WHERE agency_id IN (SELECT value FROM json_each(?)) AND change_seq < ? AND ${LATEST} ORDER BY change_seq DESC LIMIT ?`
	);
	const changesAll = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE change_seq > ? ORDER BY change_seq LIMIT ?`);
	const changesOfInspector = db.prepare(
		`SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE change_seq > ? AND inspector_id = ? ORDER BY change_seq LIMIT ?`
	);
	const changesOfAgencies = db.prepare(
		`SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE change_seq > ? AND agency_id IN (SELECT value FROM json_each(?)) ORDER BY change_seq LIMIT ?`
	);

	const withContent = (row: (SubmissionRow & { content: string }) | undefined): Submission | null =>
		row
			? {
					...summaryFromRow(row),
					content: JSON.parse(row.content) as unknown,
					photoHashes: photos.all(row.inspection_id, row.revision) as string[]
				}
			: null;
	const changeRows = (cursor: number, scope: SubmissionScope, limit: number) => {
		if ('all' in scope) return changesAll.all(cursor, limit);
		if ('inspectorId' in scope) return changesOfInspector.all(cursor, scope.inspectorId, limit);
		return changesOfAgencies.all(cursor, JSON.stringify(scope.agencyIds), limit);
	};

	return {
		async getSubmission(inspectionId, revision) {
			const id = inspectionId.toLowerCase();
			const row = revision === undefined ? latest.get(id) : one.get(id, revision);
			return withContent(row as (SubmissionRow & { content: string }) | undefined);
		},
		async listRevisions(inspectionId) {
			const rows = revisions.all(inspectionId.toLowerCase()) as (SubmissionRow & { content: string })[];
			return rows.map((row) => withContent(row) as Submission);
		},
		async listSubmissionsByInspector(inspectorId, page) {
			const limit = pageLimit(page.limit);
			const items = (byInspector.all(inspectorId, pageBefore(page.before), limit) as SubmissionRow[]).map(summaryFromRow);
			return { items, next: nextCursor(items, limit) };
		},
		async listSubmissionsForAgencies(agencyIds, page) {
			const limit = pageLimit(page.limit);
			const rows = byAgencies.all(JSON.stringify(agencyIds), pageBefore(page.before), limit) as SubmissionRow[];
			const items = rows.map(summaryFromRow);
			return { items, next: nextCursor(items, limit) };
		},
		async changesSince(cursor, scope, limit) {
			const items = (changeRows(cursor, scope, pageLimit(limit)) as SubmissionRow[]).map(summaryFromRow);
			return { items, cursor: items.at(-1)?.changeSeq ?? cursor };
		}
	};
}
