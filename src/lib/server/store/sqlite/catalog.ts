import type { Database } from 'better-sqlite3';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Store } from '../Store';
import { InvalidRecordError, TemplateConflictError } from '../errors';
import { agencyFromRow, type AgencyRow } from '../rows';
import { templateRecord } from '../catalogRecords';
import {
	AGENCY_CHANGES_AFTER_SQL,
	AGENCY_CHANGES_OF_SQL,
	AGENCY_CHANGES_SQL,
	agencyChangeFromRow,
	agencyUpsertValues,
	ALL_AGENCIES_SQL,
	planAgencyEdits,
	UPSERT_AGENCY_SQL,
	type AgencyActor,
	type AgencyChangeRow,
	type AgencyEdit,
	type ReorganisationWrite
} from '../agencies/agencyChangeSql';
import { OPEN_RECOMMENDATIONS_OF_SQL, RECOMMENDATION_BY_ID_SQL, transferStatements } from '../agencies/recommendationTransfer';
import { agencyChangeBody, recommendationBody, type LedgerBody } from '../ledger/ledgerEntries';
import { recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';
import { sqliteLedgerAppend } from './ledger';
import { TEMPLATE_ITEM_COLUMNS, templateItemValues, templateItems } from '../templateItems';
import { isForeignKeyViolation } from './constraintErrors';

type CatalogMethods = Pick<Store, 'putAgencies' | 'listAgencies' | 'changeAgencies' | 'listAgencyChanges' | 'readAgencyChanges' | 'putTemplate' | 'getTemplate' | 'listTemplates'>;

export function sqliteCatalog(db: Database): CatalogMethods {
	const upsertAgency = db.prepare(UPSERT_AGENCY_SQL);
	const allAgencies = db.prepare(ALL_AGENCIES_SQL);
	const agencies = db.prepare(`${ALL_AGENCIES_SQL} ORDER BY id`);
	const allChanges = db.prepare(AGENCY_CHANGES_SQL);
	const changesOf = db.prepare(AGENCY_CHANGES_OF_SQL);
	const templateHash = db.prepare('SELECT content_hash FROM templates WHERE id = ? AND version = ?').pluck();
	const insertTemplate = db.prepare(
		'INSERT INTO templates (id, version, content, content_hash, stored_at) VALUES (?, ?, ?, ?, ?)'
	);
	const insertItem = db.prepare(
		`INSERT INTO template_items (${TEMPLATE_ITEM_COLUMNS.join(', ')}) VALUES (${TEMPLATE_ITEM_COLUMNS.map(() => '?').join(', ')})`
	);
	const oneTemplate = db.prepare('SELECT content FROM templates WHERE id = ? AND version = ?').pluck();
	const allTemplates = db.prepare('SELECT content FROM templates ORDER BY id, version').pluck();

	// Parents are checked at commit (deferred), so a tree can arrive in any order.
	const putAgencies = db.transaction((rows: unknown[][]) => {
		for (const row of rows) upsertAgency.run(...row);
	});
	const changesAfter = db.prepare(AGENCY_CHANGES_AFTER_SQL);
	const openOf = db.prepare(OPEN_RECOMMENDATIONS_OF_SQL);
	const recommendation = db.prepare(RECOMMENDATION_BY_ID_SQL);
	const appendLedger = sqliteLedgerAppend(db);
	const changeAgencies = db.transaction((edits: readonly AgencyEdit[], actor: AgencyActor, at: string, reorg: ReorganisationWrite | undefined) => {
		const plan = planAgencyEdits(allAgencies.all() as AgencyRow[], edits, actor, at, reorg?.effectiveOn ?? null);
		for (const { sql, params } of plan.statements) db.prepare(sql).run(...params);
		const bodies: LedgerBody[] = plan.changeStatements.flatMap(({ sql, params }) => (db.prepare(sql).all(...params) as AgencyChangeRow[]).map((row) => agencyChangeBody(agencyChangeFromRow(row))));
		for (const transfer of reorg?.transfers ?? []) {
			const open = (openOf.all(transfer.from) as RecommendationRow[]).map(recommendationFromRow);
			for (const { sql, params } of transferStatements(open, transfer, reorg?.by ?? actor.id, at)) db.prepare(sql).run(...params);
			for (const r of open) bodies.push(recommendationBody(recommendationFromRow(recommendation.get(r.id) as RecommendationRow)));
		}
		appendLedger(bodies, at);
		return plan.changed;
	});
	const putTemplate = db.transaction((template: ChecklistTemplate, now: string): 'created' | 'unchanged' => {
		const record = templateRecord(template);
		const stored = templateHash.get(template.id, template.version) as string | undefined;
		if (stored === record.contentHash) return 'unchanged';
		if (stored !== undefined) throw new TemplateConflictError(template.id, template.version);
		insertTemplate.run(template.id, template.version, record.content, record.contentHash, now);
		for (const item of templateItems(template)) insertItem.run(...templateItemValues(template, item));
		return 'created';
	});

	return {
		async putAgencies(list, now) {
			try {
				putAgencies.immediate(agencyUpsertValues(list, now.toISOString()));
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('An agency names a parent that does not exist');
				throw error;
			}
		},
		async listAgencies() {
			return (agencies.all() as AgencyRow[]).map(agencyFromRow);
		},
		async changeAgencies(edits, actor, now, reorganisation) {
			try {
				return changeAgencies.immediate(edits, actor, now.toISOString(), reorganisation);
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown account ${actor.id}`);
				throw error;
			}
		},
		async listAgencyChanges(agencyId, limit) {
			const rows = agencyId === null ? allChanges.all(limit) : changesOf.all(agencyId, limit);
			return (rows as AgencyChangeRow[]).map(agencyChangeFromRow);
		},
		async readAgencyChanges(afterId, limit) {
			return (changesAfter.all(afterId, limit) as AgencyChangeRow[]).map(agencyChangeFromRow);
		},
		async putTemplate(template, now) {
			return putTemplate.immediate(template, now.toISOString());
		},
		async getTemplate(id, version) {
			const content = oneTemplate.get(id, version) as string | undefined;
			return content === undefined ? null : (JSON.parse(content) as ChecklistTemplate);
		},
		async listTemplates() {
			return (allTemplates.all() as string[]).map((content) => JSON.parse(content) as ChecklistTemplate);
		}
	};
}
