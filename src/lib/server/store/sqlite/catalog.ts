import type { Database } from 'better-sqlite3';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Store } from '../Store';
import { InvalidRecordError, TemplateConflictError } from '../errors';
import { agencyFromRow, type AgencyRow } from '../rows';
import { agencyRecords, templateRecord } from '../catalogRecords';
import { TEMPLATE_ITEM_COLUMNS, templateItemValues, templateItems } from '../templateItems';
import { isForeignKeyViolation } from './constraintErrors';

type CatalogMethods = Pick<Store, 'putAgencies' | 'listAgencies' | 'putTemplate' | 'getTemplate' | 'listTemplates'>;

export function sqliteCatalog(db: Database): CatalogMethods {
	const upsertAgency = db.prepare(
		`INSERT INTO agencies (id, parent_id, name, kind, address, lat, lng, updated_at)
		 VALUES (@id, @parentId, @name, @kind, @address, @lat, @lng, @now)
		 ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, kind = excluded.kind,
			address = excluded.address, lat = excluded.lat, lng = excluded.lng, updated_at = excluded.updated_at`
	);
	const agencies = db.prepare('SELECT id, parent_id, name, kind, address, lat, lng FROM agencies ORDER BY id');
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
	const putAgencies = db.transaction((rows: ReturnType<typeof agencyRecords>, now: string) => {
		for (const row of rows) upsertAgency.run({ ...row, now });
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
				putAgencies.immediate(agencyRecords(list), now.toISOString());
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('An agency names a parent that does not exist');
				throw error;
			}
		},
		async listAgencies() {
			return (agencies.all() as AgencyRow[]).map(agencyFromRow);
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
