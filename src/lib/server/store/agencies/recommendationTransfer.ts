import type { RecommendationHistoryEntry } from '$lib/domain/recommendation';
import type { StoredRecommendation } from '../recommendationRecords';
import { RECOMMENDATION_COLUMNS } from '../review/recommendationRows';
import type { Statement } from './agencyChangeSql';

/**
 * Open recommendations of a merged or split agency move to its successor, written once for both
 * stores: each keeps its id, deadline and trail, gains an "agency" trail entry, and enters the ledger
 * in its new state. The agency it leaves gets a new recommendations version, so phones holding that
 * agency's open set replace it at their next pull (the trigger bumps the one it joins).
 */
export const OPEN_RECOMMENDATIONS_OF_SQL = `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE agency_id = ? AND status = 'open' ORDER BY id`;
export const RECOMMENDATION_BY_ID_SQL = `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`;

export function transferStatements(open: readonly StoredRecommendation[], transfer: { from: string; to: string; note: string }, by: string, at: string): Statement[] {
	if (open.length === 0) return [];
	const entry: RecommendationHistoryEntry = { at, by, action: 'agency', status: 'open', note: transfer.note };
	return [
		...open.map((r) => ({ sql: 'UPDATE recommendations SET agency_id = ?, history = ? WHERE id = ?', params: [transfer.to, JSON.stringify([...r.history, entry]), r.id] })),
		{ sql: 'UPDATE agency_recommendation_versions SET version = version + 1 WHERE agency_id = ?', params: [transfer.from] }
	];
}
