import type { Pool } from 'pg';
import type { Store } from '../Store';
import { nextCursor, pageBefore, pageLimit } from '../paging';
import type { Submission, SubmissionScope } from '../records';
import { SUMMARY_COLUMNS, summaryFromRow, type SubmissionRow } from '../rows';

type ReadMethods = Pick<
	Store,
	'getSubmission' | 'listRevisions' | 'listSubmissionsByInspector' | 'listSubmissionsForAgencies' | 'changesSince'
>;
type ContentRow = SubmissionRow & { content: string; photo_hashes: string[] };

// Only the newest revision of each inspection appears in lists; older ones are read by id.
const LATEST = 'revision = (SELECT max(revision) FROM submissions AS later WHERE later.inspection_id = submissions.inspection_id)';
const PHOTOS = `coalesce((SELECT array_agg(photo_hash ORDER BY photo_hash COLLATE "C") FROM submission_photos AS p
	WHERE p.inspection_id = submissions.inspection_id AND p.revision = submissions.revision), '{}') AS photo_hashes`;

export function postgresSubmissionReads(pool: Pool): ReadMethods {
	const withContent = (row: ContentRow): Submission => ({
		...summaryFromRow(row),
		content: JSON.parse(row.content) as unknown,
		photoHashes: row.photo_hashes
	});
	const summaries = async (where: string, params: unknown[], order: 'ASC' | 'DESC', limit: number) => {
		const { rows } = await pool.query<SubmissionRow>(
			`SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE ${where} ORDER BY change_seq ${order} LIMIT ${limit}`,
			params
		);
		return rows.map(summaryFromRow);
	};
	const scopeCondition = (scope: SubmissionScope): [string, unknown[]] => {
		if ('all' in scope) return ['true', []];
		if ('inspectorId' in scope) return ['inspector_id = $2', [scope.inspectorId]];
		return ['agency_id = ANY($2::text[])', [scope.agencyIds]];
	};

	return {
		async getSubmission(inspectionId, revision) {
			const id = inspectionId.toLowerCase();
			const { rows } =
				revision === undefined
					? await pool.query<ContentRow>(
							`SELECT ${SUMMARY_COLUMNS}, content, ${PHOTOS} FROM submissions WHERE inspection_id = $1 ORDER BY revision DESC LIMIT 1`,
							[id]
						)
					: await pool.query<ContentRow>(
							`SELECT ${SUMMARY_COLUMNS}, content, ${PHOTOS} FROM submissions WHERE inspection_id = $1 AND revision = $2`,
							[id, revision]
						);
			return rows[0] ? withContent(rows[0]) : null;
		},
		async listRevisions(inspectionId) {
			const { rows } = await pool.query<ContentRow>(
				`SELECT ${SUMMARY_COLUMNS}, content, ${PHOTOS} FROM submissions WHERE inspection_id = $1 ORDER BY revision`,
				[inspectionId.toLowerCase()]
			);
			return rows.map(withContent);
		},
		async listSubmissionsByInspector(inspectorId, page) {
			const limit = pageLimit(page.limit);
			const items = await summaries(`inspector_id = $1 AND change_seq < $2 AND ${LATEST}`, [inspectorId, pageBefore(page.before)], 'DESC', limit);
			return { items, next: nextCursor(items, limit) };
		},
		async listSubmissionsForAgencies(agencyIds, page) {
			const limit = pageLimit(page.limit);
			const items = await summaries(
				`agency_id = ANY($1::text[]) AND change_seq < $2 AND ${LATEST}`,
				[agencyIds, pageBefore(page.before)],
				'DESC',
				limit
			);
			return { items, next: nextCursor(items, limit) };
		},
		async changesSince(cursor, scope, limit) {
			const [condition, params] = scopeCondition(scope);
			const items = await summaries(`change_seq > $1 AND ${condition}`, [cursor, ...params], 'ASC', pageLimit(limit));
			return { items, cursor: items.at(-1)?.changeSeq ?? cursor };
		}
	};
}
