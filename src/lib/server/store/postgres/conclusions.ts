import type { Pool, PoolClient } from 'pg';
import type { Conclusion } from '$lib/domain/conclusion';
import type { Store } from '../Store';
import { ConclusionReplacedError, InvalidRecordError, NotFoundError } from '../errors';
import {
	CONCLUSION_SQL,
	CONCLUSIONS_OF_INSPECTION_SQL,
	conclusionBody,
	conclusionFromRow,
	INSERT_CONCLUSION_SQL,
	INSERT_LINK_SQL,
	insertConclusionParams,
	linkParams,
	LINKS_OF_SQL,
	REPLACEMENT_STATE_SQL,
	sealedDocument,
	summaryOf,
	type ConclusionRow,
	type LinkRow
} from '../conclusions/conclusionSql';
import { postgresAppendLedger } from './ledger';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation } from './pool';
import { postgresIssueWithin } from './register';

type ConclusionMethods = Pick<Store, 'issueConclusion' | 'getConclusion' | 'conclusionsOfInspection'>;

async function read(db: Pool | PoolClient, row: ConclusionRow | undefined): Promise<Conclusion | null> {
	if (!row) return null;
	const links = await db.query<LinkRow>(numbered(LINKS_OF_SQL), [row.id]);
	return conclusionFromRow(row, links.rows);
}

export function postgresConclusions(pool: Pool): ConclusionMethods {
	return {
		async issueConclusion(input, now) {
			try {
				return await inTransaction(pool, async (client) => {
					if (input.replaces !== null) {
						// The row to replace is locked, so two corrections of one conclusion cannot both pass this check.
						const state = (await client.query<{ id: string; replaced_by: string | null }>(numbered(`${REPLACEMENT_STATE_SQL} FOR UPDATE`), [input.replaces])).rows[0];
						if (!state) throw new NotFoundError('Conclusion', input.replaces);
						if (state.replaced_by) throw new ConclusionReplacedError(input.replaces, state.replaced_by);
					}
					const entry = await postgresIssueWithin(
						client,
						{ issuerId: input.issuerId, issuerCode: input.issuerCode, kind: 'conclusion', subjectId: input.id, title: input.document.subject ?? input.document.title, issuedBy: input.issuedBy },
						now
					);
					const sealed = sealedDocument(input, entry);
					await client.query(numbered(INSERT_CONCLUSION_SQL), insertConclusionParams(input, entry, sealed));
					for (const r of input.inspections) await client.query(numbered(INSERT_LINK_SQL), linkParams(input.id, r));
					// Last, as every appender: the ledger lock is held from here to COMMIT.
					await postgresAppendLedger(client, [conclusionBody({ id: input.id, symbol: entry.symbol, documentHash: sealed.hash, replaces: input.replaces, inspections: input.inspections })], entry.issuedAt);
					return (await read(client, (await client.query<ConclusionRow>(numbered(CONCLUSION_SQL), [input.id])).rows[0])) as Conclusion;
				});
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('A conclusion names an unknown agency, account or revision');
				// Two corrections of one conclusion at once: the unique `replaces` keeps the first.
				if (error instanceof Error && 'code' in error && error.code === '23505' && input.replaces !== null) {
					const again = (await pool.query<{ replaced_by: string | null }>(numbered(REPLACEMENT_STATE_SQL), [input.replaces])).rows[0];
					throw new ConclusionReplacedError(input.replaces, again?.replaced_by ?? '');
				}
				throw error;
			}
		},
		async getConclusion(id) {
			return read(pool, (await pool.query<ConclusionRow>(numbered(CONCLUSION_SQL), [id])).rows[0]);
		},
		async conclusionsOfInspection(inspectionId) {
			const { rows } = await pool.query<ConclusionRow>(numbered(CONCLUSIONS_OF_INSPECTION_SQL), [inspectionId]);
			return Promise.all(rows.map(async (row) => summaryOf((await read(pool, row)) as Conclusion)));
		}
	};
}
