import type { PoolClient } from 'pg';
import { deriveRevision, type TemplateWithItems } from '../deriveRevision';
import { HEAD_COLUMNS, PREVIOUS_HEAD_COLUMNS, TemplateCache, TotalsBatch, headValues, totalsUpsert, totalsValues, type PreviousHead, type TotalsDelta } from '../derivedRows';
import { markPhotoReuseSql, photoReuseValues } from '../photoReuse';
import type { PreparedSubmission } from '../prepareSubmission';

const TOTALS_PER_STATEMENT = 2000;

const MARK_PHOTO_REUSE = markPhotoReuseSql((n) => `$${n + 1}`);

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

const UPSERT_HEAD = `INSERT INTO inspection_heads (${HEAD_COLUMNS.join(', ')}) VALUES (${placeholders(HEAD_COLUMNS.length)})
	ON CONFLICT (inspection_id) DO UPDATE SET ${HEAD_COLUMNS.slice(1)
		.map((c) => `${c} = excluded.${c}`)
		.join(', ')}`;

/** Derived rows of one batch, inside its transaction (see sqlite/derived.ts): `add` each stored revision in order, then `finish`. */
export interface PostgresDerivedBatch {
	add(item: PreparedSubmission): Promise<void>;
	finish(): Promise<void>;
}

/** One per store: parsed templates are kept across batches (versions never change). */
export function postgresDerivedWriter(): (client: PoolClient, receivedAt: string) => PostgresDerivedBatch {
	const templates = new TemplateCache();
	return (client, receivedAt) => {
		const template = async (id: string, version: number): Promise<TemplateWithItems | null> => {
			const known = templates.get(id, version);
			if (known) return known;
			const { rows } = await client.query<{ content: string }>('SELECT content FROM templates WHERE id = $1 AND version = $2', [id, version]);
			return templates.remember(id, version, rows[0]?.content);
		};
		const totals = new TotalsBatch();
		return {
			async add(item) {
				// One client runs one query at a time (pg queues concurrent ones, deprecated for pg 9): in sequence.
				const agency = await client.query<{ lat: number | null; lng: number | null }>('SELECT lat, lng FROM agencies WHERE id = $1', [item.agencyId]);
				const heads = await client.query<PreviousHead>(`SELECT ${PREVIOUS_HEAD_COLUMNS} FROM inspection_heads WHERE inspection_id = $1`, [item.inspectionId]);
				const old = heads.rows[0];
				const where = agency.rows[0];
				const location = where && where.lat !== null && where.lng !== null ? { lat: where.lat, lng: where.lng } : null;
				const itemTemplate = await template(item.templateId, item.templateVersion);
				const derived = deriveRevision(item, itemTemplate, location);
				if (old && old.revision > item.revision) return;
				const previous = old && {
					agencyId: old.agency_id,
					startedDate: old.started_date,
					template: await template(old.template_id, old.template_version),
					outcomes: old.outcomes
				};
				await client.query(UPSERT_HEAD, headValues(derived.head, 'sent', receivedAt));
				// After the head: its photos are linked already (putSubmissions), the reuse flag reads them.
				if (item.photoHashes.length > 0) await client.query(MARK_PHOTO_REUSE, photoReuseValues(item.inspectionId, item.revision));
				const { startedDate, outcomes } = derived.head;
				totals.replace(previous ?? null, { agencyId: item.agencyId, startedDate, template: itemTemplate, outcomes });
			},
			async finish() {
				// A few statements for the batch's totals instead of one round trip per row; chunks keep
				// each under PostgreSQL's 65,535 parameters.
				// In one order for every batch: batches now run side by side (commitOrder.ts), and two that
				// upsert the same totals rows in different orders would deadlock.
				const deltas = totals.deltas().sort(byTotalsRow);
				for (let at = 0; at < deltas.length; at += TOTALS_PER_STATEMENT) {
					const chunk = deltas.slice(at, at + TOTALS_PER_STATEMENT);
					await client.query(totalsUpsert(chunk.length, (n) => `$${n + 1}`), chunk.flatMap(totalsValues));
				}
			}
		};
	};
}

/** Agency, month, item: the totals table's key order. */
const byTotalsRow = (a: TotalsDelta, b: TotalsDelta): number =>
	a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
