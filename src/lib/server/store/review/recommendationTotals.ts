import type { StoredRecommendation } from '../recommendationRecords';
import type { Dialect, Exec } from './filter';
import { RECOMMENDATION_COLUMNS, recommendationFromRow, type RecommendationRow } from './recommendationRows';

/**
 * Recommendations counted for a periodic report, and those coming due (the supervisor's reminders),
 * written once for both stores. Instants are ISO text (SQLite compares the text; PostgreSQL reads it
 * as timestamptz). One pass over the agencies' recommendations, through recommendations_by_agency.
 */
export interface RecommendationTotals {
	/** Made by approvals within the period. */
	issued: number;
	/** Marked fixed within the period. */
	fixed: number;
	/** At the period's end: made before it, not fixed by then, deadline passed. */
	overdue: number;
	/** At the period's end: made before it, not fixed by then (overdue or not). */
	open: number;
}

export async function queryRecommendationTotals(exec: Exec, dialect: Dialect, agencyIds: readonly string[] | null, from: string, to: string): Promise<RecommendationTotals> {
	if (agencyIds !== null && agencyIds.length === 0) return { issued: 0, fixed: 0, overdue: 0, open: 0 };
	const where = agencyIds === null ? '1 = 1' : dialect.inList('r.agency_id');
	const rows = await exec<Record<keyof RecommendationTotals, number | string | null>>(
		`SELECT
			sum(CASE WHEN r.created_at >= ? AND r.created_at < ? THEN 1 ELSE 0 END) AS issued,
			sum(CASE WHEN r.fixed_at >= ? AND r.fixed_at < ? THEN 1 ELSE 0 END) AS fixed,
			sum(CASE WHEN r.created_at < ? AND (r.fixed_at IS NULL OR r.fixed_at >= ?) AND r.deadline < ? THEN 1 ELSE 0 END) AS overdue,
			sum(CASE WHEN r.created_at < ? AND (r.fixed_at IS NULL OR r.fixed_at >= ?) THEN 1 ELSE 0 END) AS open
		FROM recommendations AS r WHERE ${where}`,
		[from, to, from, to, to, to, to, to, to, ...(agencyIds === null ? [] : [dialect.listParam(agencyIds)])]
	);
	const row = rows[0];
	return { issued: Number(row?.issued ?? 0), fixed: Number(row?.fixed ?? 0), overdue: Number(row?.overdue ?? 0), open: Number(row?.open ?? 0) };
}

/** Open recommendations whose deadline falls in [from, to), soonest first: what is coming due. */
export async function queryRecommendationsDue(exec: Exec, dialect: Dialect, agencyIds: readonly string[] | null, from: string, to: string, limit: number): Promise<StoredRecommendation[]> {
	if (agencyIds !== null && agencyIds.length === 0) return [];
	const where = agencyIds === null ? '' : ` AND ${dialect.inList('agency_id')}`;
	const rows = await exec<RecommendationRow>(
		`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE status = 'open' AND deadline >= ? AND deadline < ?${where} ORDER BY deadline, id LIMIT ?`,
		[from, to, ...(agencyIds === null ? [] : [dialect.listParam(agencyIds)]), limit]
	);
	return rows.map(recommendationFromRow);
}
