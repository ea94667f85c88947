import type { Pool, PoolClient } from 'pg';
import type { Store } from '../Store';
import { backfillBodies } from '../ledger/backfill';
import { agencyChangeBody, type LedgerBody, type LedgerEntry } from '../ledger/ledgerEntries';
import { AGENCY_CHANGES_UP_TO_SQL, agencyChangeFromRow, UNLEDGERED_AGENCY_CHANGES_DONE_SQL, UNLEDGERED_AGENCY_CHANGES_SQL, type AgencyChangeRow } from '../agencies/agencyChangeSql';
import { appendLedger, countsFromRow, entryFromRow, RECORD_COUNTS_SQL, REVISION_BY_HASH_SQL, headFromRow, LEDGER_COLUMNS, LEDGER_HEAD_SQL, type LedgerRow } from '../ledger/ledgerSql';
import { UNLEDGERED_VISIT_DOCUMENTS_DONE_SQL, UNLEDGERED_VISIT_DOCUMENTS_SQL, unledgeredVisitDocumentBodies, type StoredVisitDocumentRow } from '../plans/visitDocumentSql';
import type { Exec } from '../review/filter';
import { numbered } from './numbered';
import { inTransaction, LEDGER_LOCK_SQL } from './pool';

export const execOnClient =
	(client: Pool | PoolClient): Exec =>
	async <T>(sql: string, params: readonly unknown[]) =>
		(await client.query(numbered(sql), [...params])).rows as T[];

/** Appends inside the caller's transaction, after taking the ledger lock (held until it ends). */
export function postgresAppendLedger(client: PoolClient, bodies: readonly LedgerBody[], at: string): Promise<LedgerEntry[]> {
	return appendLedger(execOnClient(client), bodies, at, LEDGER_LOCK_SQL);
}

export function postgresLedger(pool: Pool): Pick<Store, 'ledgerHead' | 'readLedger' | 'backfillLedger' | 'countRecords' | 'findRevisionByHash'> {
	return {
		async ledgerHead() {
			return headFromRow((await pool.query<{ seq: string; hash: string }>(LEDGER_HEAD_SQL)).rows[0]);
		},
		async findRevisionByHash(hash) {
			const row = (await pool.query<{ inspection_id: string; revision: number }>(numbered(REVISION_BY_HASH_SQL), [hash])).rows[0];
			return row ? { inspectionId: row.inspection_id, revision: Number(row.revision) } : null;
		},
		async countRecords() {
			return countsFromRow((await pool.query(RECORD_COUNTS_SQL)).rows[0]);
		},
		async readLedger(afterSeq, limit) {
			const { rows } = await pool.query<LedgerRow>(`SELECT ${LEDGER_COLUMNS} FROM ledger WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, limit]);
			return rows.map(entryFromRow);
		},
		backfillLedger(now) {
			return inTransaction(pool, async (client) => {
				await client.query(LEDGER_LOCK_SQL);
				let entered = 0;
				if ((await client.query(LEDGER_HEAD_SQL)).rows.length === 0) {
					const submissions = await client.query('SELECT inspection_id, revision, inspector_id, content_hash, received_at FROM submissions');
					const events = await client.query('SELECT id, inspection_id, revision, actor_id, action, comment, item_comments, at FROM review_events');
					const recommendations = await client.query('SELECT * FROM recommendations');
					const bodies = backfillBodies(submissions.rows, events.rows, recommendations.rows);
					entered += (await postgresAppendLedger(client, bodies, now.toISOString())).length;
				}
				// Agency changes made before they entered the ledger (schema 20), once.
				const pending = (await client.query<{ up_to: string }>(UNLEDGERED_AGENCY_CHANGES_SQL)).rows[0];
				if (pending) {
					const rows = (await client.query<AgencyChangeRow>(numbered(AGENCY_CHANGES_UP_TO_SQL), [pending.up_to])).rows;
					entered += (await postgresAppendLedger(client, rows.map((row) => agencyChangeBody(agencyChangeFromRow(row))), now.toISOString())).length;
					await client.query(UNLEDGERED_AGENCY_CHANGES_DONE_SQL);
				}
				// Visit decisions and notices issued before they entered the ledger (schema 24), once.
				const documents = (await client.query<StoredVisitDocumentRow>(UNLEDGERED_VISIT_DOCUMENTS_SQL)).rows;
				if (documents.length > 0) {
					entered += (await postgresAppendLedger(client, unledgeredVisitDocumentBodies(documents), now.toISOString())).length;
					await client.query(UNLEDGERED_VISIT_DOCUMENTS_DONE_SQL);
				}
				return entered;
			});
		}
	};
}
