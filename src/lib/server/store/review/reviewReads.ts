import type { Store } from '../Store';
import { NotFoundError } from '../errors';
import { streamFindings, streamInspections } from './exportReads';
import type { Dialect, Exec, StreamRows } from './filter';
import { queryInspectors } from './inspectors';
import { queryMapPoints } from './mapPoints';
import { queryQueue } from './queue';
import { applyRecommendationChange, RECOMMENDATION_COLUMNS, recommendationFromRow, recommendationWhere, type RecommendationRow } from './recommendationRows';
import { queryStats } from './stats';
import { queryRecommendationsDue, queryRecommendationTotals } from './recommendationTotals';
import { appendLedger } from '../ledger/ledgerSql';
import { recommendationBody } from '../ledger/ledgerEntries';

type ReviewReadMethods = Pick<
	Store,
	| 'reviewQueue'
	| 'reviewInspectors'
	| 'reviewStats'
	| 'reviewMapPoints'
	| 'exportInspections'
	| 'exportFindings'
	| 'listRecommendations'
	| 'getRecommendation'
	| 'updateRecommendation'
	| 'recommendationTotals'
	| 'recommendationsDue'
>;

/**
 * The review reads written once for both databases: each store supplies how to run a statement and
 * how to write a list parameter, how to run a read-modify-write in one transaction, and how to read
 * a large result in batches.
 */
export function reviewReads(
	exec: Exec,
	dialect: Dialect,
	/** Runs `work` in one write transaction with its own executor. */
	transaction: <T>(work: (exec: Exec) => Promise<T>) => Promise<T>,
	stream: StreamRows
): ReviewReadMethods {
	return {
		reviewQueue: (request) => queryQueue(exec, dialect, request),
		reviewInspectors: (agencyIds) => queryInspectors(exec, dialect, agencyIds),
		reviewStats: (filter) => queryStats(exec, dialect, filter),
		reviewMapPoints: (filter) => queryMapPoints(exec, dialect, filter),
		exportInspections: (request, batchSize) => streamInspections(stream, dialect, request, batchSize),
		exportFindings: (filter, batchSize) => streamFindings(stream, exec, dialect, filter, batchSize),
		recommendationTotals: (agencyIds, from, to) => queryRecommendationTotals(exec, dialect, agencyIds, from, to),
		recommendationsDue: (agencyIds, from, to, limit) => queryRecommendationsDue(exec, dialect, agencyIds, from, to, limit),
		async listRecommendations(query) {
			if (query.agencyIds !== null && query.agencyIds.length === 0) return [];
			const where = recommendationWhere(query, dialect);
			const rows = await exec<RecommendationRow>(
				`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE ${where.sql} ORDER BY deadline, id`,
				where.params
			);
			return rows.map(recommendationFromRow);
		},
		async getRecommendation(id) {
			const rows = await exec<RecommendationRow>(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`, [id]);
			return rows[0] ? recommendationFromRow(rows[0]) : null;
		},
		updateRecommendation(id, change, now) {
			return transaction(async (tx) => {
				// Taken first: the read-modify-write and its ledger entry follow any change in progress.
				if (dialect.ledgerLock) await tx(dialect.ledgerLock, []);
				const rows = await tx<RecommendationRow>(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`, [id]);
				if (!rows[0]) throw new NotFoundError('Recommendation', id);
				const next = applyRecommendationChange(recommendationFromRow(rows[0]), change, now.toISOString());
				await tx(`UPDATE recommendations SET status = ?, deadline = ?, fixed_at = ?, fixed_in_inspection_id = ?, history = ? WHERE id = ?`, [
					next.status,
					next.deadline,
					next.fixedAt,
					next.fixedInInspectionId,
					JSON.stringify(next.history),
					id
				]);
				const stored = recommendationFromRow((await tx<RecommendationRow>(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`, [id]))[0] as RecommendationRow);
				await appendLedger(tx, [recommendationBody(stored)], now.toISOString(), dialect.ledgerLock ?? undefined);
				return stored;
			});
		}
	};
}
