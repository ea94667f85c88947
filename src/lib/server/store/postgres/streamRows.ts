import { Client, type Pool } from 'pg';
import Cursor from 'pg-cursor';
import type { StreamRows } from '../review/filter';
import { numbered } from './numbered';

/**
 * Batches of one statement's rows through a server-side cursor (the extended protocol's portal, via
 * pg-cursor) in a read-only REPEATABLE READ transaction: one snapshot however long the client takes,
 * and only one batch in the app server's memory.
 *
 * On a connection of its own, not one of the pool's: an export holds its connection for the whole
 * download, and what it does per batch (reading notes, templates) needs the pool. With pool
 * connections ten exports at once (or one with a pool of one) waited on each other for ever, and a
 * server-side disconnect of a checked-out client, which the pool no longer listens to, crashed the
 * process. Here an error on the connection is caught, fails the read, and the connection is dropped.
 */
export function postgresStreamRows(pool: Pool): StreamRows {
	return async function* <T>(sql: string, params: readonly unknown[], batchSize: number) {
		const client = new Client({ ...pool.options });
		let failure: Error | null = null;
		let fail: (error: Error) => void = () => undefined;
		const failed = new Promise<never>((_, reject) => (fail = reject));
		// Handled: a rejection nobody awaits yet must not count as unhandled.
		failed.catch(() => undefined);
		client.on('error', (error: Error) => {
			failure = error;
			fail(error);
		});
		const guarded = <R>(work: Promise<R>): Promise<R> => Promise.race([work, failed]);
		try {
			await guarded(client.connect());
			await guarded(client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'));
			const cursor = client.query(new Cursor<T>(numbered(sql), [...params]));
			for (;;) {
				const rows = await guarded(cursor.read(batchSize));
				if (rows.length > 0) yield rows;
				if (rows.length < batchSize) break;
			}
		} finally {
			// Ending the connection ends its transaction and portal too; nothing is written, nothing to keep.
			if (failure === null) await client.end().catch(() => undefined);
			else void client.end().catch(() => undefined);
		}
	};
}
