import type { Pool, PoolClient } from 'pg';
import type { Dialect, Exec } from '../review/filter';
import { reviewReads } from '../review/reviewReads';
import { inTransaction } from './pool';

export const postgresDialect: Dialect = {
	inList: (column) => `${column} = ANY(?::text[])`,
	listParam: (values) => [...values]
};

/** The shared review SQL is written with `?`; PostgreSQL numbers its parameters. */
export function numbered(sql: string): string {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}

const execOn =
	(db: Pool | PoolClient): Exec =>
	async <T>(sql: string, params: readonly unknown[]) =>
		(await db.query(numbered(sql), [...params])).rows as T[];

export function postgresReview(pool: Pool): ReturnType<typeof reviewReads> {
	return reviewReads(execOn(pool), postgresDialect, (work) => inTransaction(pool, (client) => work(execOn(client))));
}
