import type { Database, Statement } from 'better-sqlite3';
import type { Store } from '../Store';
import { NotFoundError } from '../errors';
import type { Dialect, Exec } from '../review/filter';
import { applyRecommendationChange, RECOMMENDATION_COLUMNS, recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';
import { reviewReads } from '../review/reviewReads';
import { pullReads } from '../pull/pullReads';
import { sqliteStreamRows } from './streamRows';
import { sqliteLedgerAppend } from './ledger';
import { recommendationBody } from '../ledger/ledgerEntries';

/** SQLite reads a list parameter as a JSON array: one statement whatever the list's length. */
export const sqliteDialect: Dialect = {
	inList: (column) => `${column} IN (SELECT value FROM json_each(?))`,
	inListWide: (column) => `+${column} IN (SELECT value FROM json_each(?))`,
	listParam: (values) => JSON.stringify(values),
	// One writer: appends are ordered by SQLite itself.
	ledgerLock: null
};

export function sqliteReview(db: Database): ReturnType<typeof reviewReads> & ReturnType<typeof pullReads> {
	// Statements are prepared once per distinct text; the filters produce a handful of shapes.
	const cache = new Map<string, Statement>();
	const exec: Exec = async <T>(sql: string, params: readonly unknown[]) => {
		let statement = cache.get(sql);
		if (!statement) {
			statement = db.prepare(sql);
			if (cache.size > 500) cache.clear();
			cache.set(sql, statement);
		}
		return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
	};
	const read = db.prepare(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`);
	const write = db.prepare('UPDATE recommendations SET status = ?, deadline = ?, fixed_at = ?, fixed_in_inspection_id = ?, history = ? WHERE id = ?');
	const appendLedger = sqliteLedgerAppend(db);
	// better-sqlite3 transactions are synchronous, so the read-modify-write is written out here.
	const update = db.transaction((id: string, change: Parameters<Store['updateRecommendation']>[1], at: string) => {
		const row = read.get(id) as RecommendationRow | undefined;
		if (!row) throw new NotFoundError('Recommendation', id);
		const next = applyRecommendationChange(recommendationFromRow(row), change, at);
		write.run(next.status, next.deadline, next.fixedAt, next.fixedInInspectionId, JSON.stringify(next.history), id);
		const stored = recommendationFromRow(read.get(id) as RecommendationRow);
		appendLedger([recommendationBody(stored)], at);
		return stored;
	});
	return {
		...reviewReads(exec, sqliteDialect, () => Promise.reject(new Error('unused')), sqliteStreamRows(db.name)),
		...pullReads(exec, sqliteDialect),
		async updateRecommendation(id, change, now) {
			return update.immediate(id, change, now.toISOString());
		}
	};
}
