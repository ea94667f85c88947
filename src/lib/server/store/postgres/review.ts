import type { Pool, PoolClient } from 'pg';
import type { Dialect, Exec } from '../review/filter';
import { reviewReads } from '../review/reviewReads';
import { pullReads } from '../pull/pullReads';
import { numbered } from './numbered';
import { inTransaction, LEDGER_LOCK_SQL } from './pool';
import { postgresStreamRows } from './streamRows';

export const postgresDialect: Dialect = {
	inList: (column) => `${column} = ANY(?::text[])`,
	// PostgreSQL's planner weighs the list's length and the LIMIT itself.
	inListWide: (column) => `${column} = ANY(?::text[])`,
	listParam: (values) => [...values],
	ledgerLock: LEDGER_LOCK_SQL
};

export const execOn =
	(db: Pool | PoolClient): Exec =>
	async <T>(sql: string, params: readonly unknown[]) =>
		(await db.query(numbered(sql), [...params])).rows as T[];

export function postgresReview(pool: Pool): ReturnType<typeof reviewReads> & ReturnType<typeof pullReads> {
	return {
		...reviewReads(execOn(pool), postgresDialect, (work) => inTransaction(pool, (client) => work(execOn(client))), postgresStreamRows(pool)),
		...pullReads(execOn(pool), postgresDialect)
	};
}
