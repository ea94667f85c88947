import type { Pool } from 'pg';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Store } from '../Store';
import { templateRecord } from '../catalogRecords';
import {
	AGENCY_CHANGES_AFTER_SQL,
	AGENCY_CHANGES_OF_SQL,
	AGENCY_CHANGES_SQL,
	AGENCY_LOCK_SQL,
	agencyChangeFromRow,
	agencyUpsertValues,
	ALL_AGENCIES_SQL,
	planAgencyEdits,
	UPSERT_AGENCY_SQL,
	type AgencyChangeRow
} from '../agencies/agencyChangeSql';
import { OPEN_RECOMMENDATIONS_OF_SQL, RECOMMENDATION_BY_ID_SQL, transferStatements } from '../agencies/recommendationTransfer';
import { agencyChangeBody, recommendationBody, type LedgerBody } from '../ledger/ledgerEntries';
import { recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';
import { postgresAppendLedger } from './ledger';
import { numbered } from './numbered';
import { InvalidRecordError, TemplateConflictError } from '../errors';
import { agencyFromRow, type AgencyRow } from '../rows';
import { TEMPLATE_ITEM_COLUMNS, templateItemValues, templateItems } from '../templateItems';
import { inTransaction, isForeignKeyViolation, LEDGER_LOCK_SQL } from './pool';

type CatalogMethods = Pick<Store, 'putAgencies' | 'listAgencies' | 'changeAgencies' | 'listAgencyChanges' | 'readAgencyChanges' | 'putTemplate' | 'getTemplate' | 'listTemplates'>;

const UPSERT_AGENCY = numbered(UPSERT_AGENCY_SQL);

export function postgresCatalog(pool: Pool): CatalogMethods {
	return {
		async putAgencies(list, now) {
			const rows = agencyUpsertValues(list, now.toISOString());
			try {
				// Parents are checked at commit (deferred), so a tree can arrive in any order.
				await inTransaction(pool, async (client) => {
					for (const row of rows) await client.query(UPSERT_AGENCY, row);
				});
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('An agency names a parent that does not exist');
				throw error;
			}
		},
		async listAgencies() {
			const { rows } = await pool.query<AgencyRow>(`${ALL_AGENCIES_SQL} ORDER BY id COLLATE "C"`);
			return rows.map(agencyFromRow);
		},
		async changeAgencies(edits, actor, now, reorg) {
			const at = now.toISOString();
			try {
				return await inTransaction(pool, async (client) => {
					// Edits take turns: each is planned against the tree the one before it left.
					await client.query(AGENCY_LOCK_SQL);
					const plan = planAgencyEdits((await client.query<AgencyRow>(ALL_AGENCIES_SQL)).rows, edits, actor, at, reorg?.effectiveOn ?? null);
					if (plan.changed === 0) return 0;
					// A reorganisation takes the ledger's turn before any recommendation row, as a supervisor's change
					// of one does; other edits (an import of thousands) take it last, after their row work.
					if (reorg && reorg.transfers.length > 0) await client.query(LEDGER_LOCK_SQL);
					for (const { sql, params } of plan.statements) await client.query(numbered(sql), params);
					const bodies: LedgerBody[] = [];
					for (const { sql, params } of plan.changeStatements) {
						for (const row of (await client.query<AgencyChangeRow>(numbered(sql), params)).rows) bodies.push(agencyChangeBody(agencyChangeFromRow(row)));
					}
					for (const transfer of reorg?.transfers ?? []) {
						const open = (await client.query<RecommendationRow>(numbered(OPEN_RECOMMENDATIONS_OF_SQL), [transfer.from])).rows.map(recommendationFromRow);
						for (const { sql, params } of transferStatements(open, transfer, reorg?.by ?? actor.id, at)) await client.query(numbered(sql), params);
						for (const r of open) {
							const row = (await client.query<RecommendationRow>(numbered(RECOMMENDATION_BY_ID_SQL), [r.id])).rows[0] as RecommendationRow;
							bodies.push(recommendationBody(recommendationFromRow(row)));
						}
					}
					await postgresAppendLedger(client, bodies, at);
					return plan.changed;
				});
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown account ${actor.id}`);
				throw error;
			}
		},
		async listAgencyChanges(agencyId, limit) {
			const { rows } =
				agencyId === null
					? await pool.query<AgencyChangeRow>(numbered(AGENCY_CHANGES_SQL), [limit])
					: await pool.query<AgencyChangeRow>(numbered(AGENCY_CHANGES_OF_SQL), [agencyId, limit]);
			return rows.map(agencyChangeFromRow);
		},
		async readAgencyChanges(afterId, limit) {
			const { rows } = await pool.query<AgencyChangeRow>(numbered(AGENCY_CHANGES_AFTER_SQL), [afterId, limit]);
			return rows.map(agencyChangeFromRow);
		},
		async putTemplate(template, now) {
			const record = templateRecord(template);
			// Insert-or-nothing first, then compare: correct even when two servers publish at once.
			const created = await inTransaction(pool, async (client) => {
				const inserted = await client.query(
					`INSERT INTO templates (id, version, content, content_hash, stored_at) VALUES ($1, $2, $3, $4, $5)
					 ON CONFLICT (id, version) DO NOTHING`,
					[template.id, template.version, record.content, record.contentHash, now.toISOString()]
				);
				if ((inserted.rowCount ?? 0) === 0) return false;
				const items = templateItems(template);
				const width = TEMPLATE_ITEM_COLUMNS.length;
				await client.query(
					`INSERT INTO template_items (${TEMPLATE_ITEM_COLUMNS.join(', ')}) VALUES ${items
						.map((_, i) => `(${TEMPLATE_ITEM_COLUMNS.map((__, k) => `$${i * width + k + 1}`).join(', ')})`)
						.join(', ')}`,
					items.flatMap((item) => templateItemValues(template, item))
				);
				return true;
			});
			if (created) return 'created';
			const { rows } = await pool.query<{ content_hash: string }>(
				'SELECT content_hash FROM templates WHERE id = $1 AND version = $2',
				[template.id, template.version]
			);
			if (rows[0]?.content_hash === record.contentHash) return 'unchanged';
			throw new TemplateConflictError(template.id, template.version);
		},
		async getTemplate(id, version) {
			const { rows } = await pool.query<{ content: string }>('SELECT content FROM templates WHERE id = $1 AND version = $2', [id, version]);
			return rows[0] ? (JSON.parse(rows[0].content) as ChecklistTemplate) : null;
		},
		async listTemplates() {
			const { rows } = await pool.query<{ content: string }>('SELECT content FROM templates ORDER BY id COLLATE "C", version');
			return rows.map((row) => JSON.parse(row.content) as ChecklistTemplate);
		}
	};
}
