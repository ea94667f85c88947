import type { Pool } from 'pg';
import Cursor from 'pg-cursor';
import type { StreamRows } from '../review/filter';
import { numbered } from './numbered';

/**
 * Batches of one statement's rows through a server-side cursor (the extended protocol's portal, via
 * pg-cursor) in a read-only REPEATABLE READ transaction: one snapshot however long the client takes,
 * and only one batch in the app server's memory. The connection goes back to the pool when the loop
 * ends, early or not.
 */
export function postgresStreamRows(pool: Pool): StreamRows {
	return async function* <T>(sql: string, params: readonly unknown[], batchSize: number) {
		const client = await pool.connect();
		let cursor: Cursor<T> | undefined;
		let finished = false;
		let broken: Error | undefined;
		try {
			await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
			cursor = client.query(new Cursor<T>(numbered(sql), [...params]));
			for (;;) {
				const rows = await cursor.read(batchSize);
				if (rows.length > 0) yield rows;
				if (rows.length < batchSize) break;
			}
			await cursor.close();
			await client.query('COMMIT');
			finished = true;
		} finally {
			// Ended early (the client went away) or failed: close the portal and the transaction; a
			// connection that cannot is discarded instead of going back to the pool mid-transaction.
			if (!finished) {
				try {
					await cursor?.close();
					await client.query('ROLLBACK');
				} catch (error) {
					broken = error instanceof Error ? error : new Error(String(error));
				}
			}
			client.release(broken);
		}
	};
}
