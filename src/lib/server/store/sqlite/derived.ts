import type { Database } from 'better-sqlite3';
import type { GeoPoint } from '$lib/domain/agency';
import { deriveRevision } from '../deriveRevision';
import { HEAD_COLUMNS, PREVIOUS_HEAD_COLUMNS, TemplateCache, TotalsBatch, headValues, totalsUpsert, totalsValues, type PreviousHead } from '../derivedRows';
import { markPhotoReuseSql, photoReuseValues } from '../photoReuse';
import type { PreparedSubmission } from '../prepareSubmission';

/** Derived rows of one batch: `add` each stored revision in order, then `finish` once, inside the same transaction. */
export interface DerivedBatch {
	add(item: PreparedSubmission): void;
	finish(): void;
}

/**
 * Writes the derived rows of a batch; use inside the transaction that stores it. A newer revision
 * replaces the head and moves the totals from the old revision's findings to its own; an older one
 * arriving late (never in practice: revisions are sequential) changes neither. Totals are summed
 * over the batch and written once per row at the end.
 */
export function sqliteDerivedWriter(db: Database): (receivedAt: string, items: readonly PreparedSubmission[]) => DerivedBatch {
	const templates = new TemplateCache();
	const templateContent = db.prepare('SELECT content FROM templates WHERE id = ? AND version = ?').pluck();
	const template = (id: string, version: number) =>
		templates.get(id, version) ?? templates.remember(id, version, templateContent.get(id, version) as string | undefined);
	const agency = db.prepare('SELECT lat, lng FROM agencies WHERE id = ?');
	// The heads of the batch's inspections in one statement; kept up to date as the batch writes them.
	const previousHeads = db.prepare(`SELECT ${PREVIOUS_HEAD_COLUMNS} FROM inspection_heads WHERE inspection_id IN (SELECT value FROM json_each(?))`);
	// Insert or update, chosen by the head already read: SQLite's upsert costs about twice a plain insert.
	const insertHead = db.prepare(`INSERT INTO inspection_heads (${HEAD_COLUMNS.join(', ')}) VALUES (${HEAD_COLUMNS.map(() => '?').join(', ')})`);
	const updateHead = db.prepare(
		`UPDATE inspection_heads SET ${HEAD_COLUMNS.slice(1)
			.map((c) => `${c} = ?`)
			.join(', ')} WHERE inspection_id = ?`
	);
	const addTotals = db.prepare(totalsUpsert(1, () => '?'));
	const markPhotoReuse = db.prepare(markPhotoReuseSql(() => '?'));
	return (receivedAt, items) => {
		const totals = new TotalsBatch();
		const heads = new Map<string, PreviousHead>();
		const ids = JSON.stringify([...new Set(items.map((i) => i.inspectionId))]);
		for (const head of previousHeads.all(ids) as PreviousHead[]) heads.set(head.inspection_id, head);
		const locations = new Map<string, GeoPoint | null>();
		const locationOf = (agencyId: string): GeoPoint | null => {
			if (!locations.has(agencyId)) {
				const where = agency.get(agencyId) as { lat: number | null; lng: number | null } | undefined;
				locations.set(agencyId, where && where.lat !== null && where.lng !== null ? { lat: where.lat, lng: where.lng } : null);
			}
			return locations.get(agencyId) ?? null;
		};
		return {
			add(item) {
				const itemTemplate = template(item.templateId, item.templateVersion);
				const derived = deriveRevision(item, itemTemplate, locationOf(item.agencyId));
				const old = heads.get(item.inspectionId);
				if (old && old.revision > item.revision) return;
				const previous = old && {
					agencyId: old.agency_id,
					startedDate: old.started_date,
					template: template(old.template_id, old.template_version),
					outcomes: old.outcomes
				};
				const values = headValues(derived.head, 'sent', receivedAt);
				if (old) updateHead.run(...values.slice(1), item.inspectionId);
				else insertHead.run(...values);
				// After the head: its photos are linked already (putSubmissions), the reuse flag reads them.
				if (item.photoHashes.length > 0) markPhotoReuse.run(...photoReuseValues(item.inspectionId, item.revision));
				heads.set(item.inspectionId, {
					inspection_id: item.inspectionId,
					revision: item.revision,
					agency_id: item.agencyId,
					started_date: derived.head.startedDate,
					template_id: item.templateId,
					template_version: item.templateVersion,
					outcomes: derived.head.outcomes
				});
				const { startedDate, outcomes } = derived.head;
				totals.replace(previous ?? null, { agencyId: item.agencyId, startedDate, template: itemTemplate, outcomes });
			},
			finish() {
				for (const delta of totals.deltas()) addTotals.run(...totalsValues(delta));
			}
		};
	};
}
