import type { PoolClient } from 'pg';
import { deriveRevision, type DerivedHead } from '../deriveRevision';
import { HEAD_COLUMNS, PREVIOUS_HEAD_COLUMNS, TemplateCache, TotalsBatch, headValues, totalsUpsert, totalsValues, type PreviousHead, type TotalsDelta } from '../derivedRows';
import type { PreparedSubmission } from '../prepareSubmission';

const ROWS_PER_STATEMENT = 2000;

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

const upsertHeads = (rows: number) => `INSERT INTO inspection_heads (${HEAD_COLUMNS.join(', ')}) VALUES ${Array.from(
	{ length: rows },
	(_, r) => `(${placeholders(HEAD_COLUMNS.length, r * HEAD_COLUMNS.length + 1)})`
).join(', ')}
	ON CONFLICT (inspection_id) DO UPDATE SET ${HEAD_COLUMNS.slice(1)
		.map((c) => `${c} = excluded.${c}`)
		.join(', ')}`;

/**
 * Photo reuse across inspections (photoReuse.ts, for a batch): every head that shares a photo with a
 * revision that was a head in this batch ($1, $2), and each inspection whose new head ($3, $4) has a
 * photo of another inspection. Run after the heads are written (their upsert sets flag_photo from the
 * record alone): the same rows end marked as when each revision was marked right after its head.
 */
const MARK_PHOTO_REUSE = `UPDATE inspection_heads SET flag_photo = 1
	WHERE flag_photo = 0 AND (
		inspection_id IN (SELECT o.inspection_id FROM submission_photos AS mine
			JOIN submission_photos AS o ON o.photo_hash = mine.photo_hash AND o.inspection_id <> mine.inspection_id
			WHERE (mine.inspection_id, mine.revision) IN (SELECT * FROM unnest($1::text[], $2::int[])))
		OR inspection_id IN (SELECT mine.inspection_id FROM submission_photos AS mine
			JOIN submission_photos AS o ON o.photo_hash = mine.photo_hash AND o.inspection_id <> mine.inspection_id
			WHERE (mine.inspection_id, mine.revision) IN (SELECT * FROM unnest($3::text[], $4::int[])))
	)`;

/** What the batch's derived rows need to know before they are computed: read in a few statements for the whole batch. */
export interface DerivedFacts {
	/** Agency id → its registered position (absent: unknown agency). */
	agencies: Map<string, { lat: number | null; lng: number | null }>;
	/** Inspection id → its latest revision's head as stored before the batch. */
	heads: Map<string, PreviousHead>;
}

export async function loadDerivedFacts(client: PoolClient, items: readonly PreparedSubmission[]): Promise<DerivedFacts> {
	const agencies = await client.query<{ id: string; lat: number | null; lng: number | null }>('SELECT id, lat, lng FROM agencies WHERE id = ANY($1::text[])', [
		[...new Set(items.map((i) => i.agencyId))]
	]);
	const heads = await client.query<PreviousHead>(`SELECT ${PREVIOUS_HEAD_COLUMNS} FROM inspection_heads WHERE inspection_id = ANY($1::text[])`, [
		[...new Set(items.map((i) => i.inspectionId))]
	]);
	return {
		agencies: new Map(agencies.rows.map((r) => [r.id, { lat: r.lat, lng: r.lng }])),
		heads: new Map(heads.rows.map((r) => [r.inspection_id, r]))
	};
}

/** Derived rows of one batch, inside its transaction (see sqlite/derived.ts): `add` each stored revision in order, then `finish` writes them. */
export interface PostgresDerivedBatch {
	add(item: PreparedSubmission): void;
	finish(): Promise<void>;
}

/** One per store: parsed templates are kept across batches (versions never change). */
export function postgresDerivedWriter(): (client: PoolClient, receivedAt: string, facts: DerivedFacts) => PostgresDerivedBatch {
	const templates = new TemplateCache();
	return (client, receivedAt, facts) => {
		const added: PreparedSubmission[] = [];
		return {
			add(item) {
				added.push(item);
			},
			async finish() {
				if (added.length === 0) return;
				await loadTemplates(client, templates, [
					...added.map((i) => ({ id: i.templateId, version: i.templateVersion })),
					...[...facts.heads.values()].map((h) => ({ id: h.template_id, version: h.template_version }))
				]);
				const template = (id: string, version: number) => templates.get(id, version) ?? null;
				const totals = new TotalsBatch();
				const newHeads = new Map<string, DerivedHead>();
				const marked: { id: string; revision: number }[] = [];
				for (const item of added) {
					const position = facts.agencies.get(item.agencyId);
					const location = position && position.lat !== null && position.lng !== null ? { lat: position.lat, lng: position.lng } : null;
					const itemTemplate = template(item.templateId, item.templateVersion);
					const derived = deriveRevision(item, itemTemplate, location);
					const old = facts.heads.get(item.inspectionId);
					// An older revision arriving after a newer one is stored, but the head stays the newer one.
					if (old && old.revision > item.revision) continue;
					totals.replace(old ? { agencyId: old.agency_id, startedDate: old.started_date, template: template(old.template_id, old.template_version), outcomes: old.outcomes } : null, {
						agencyId: item.agencyId,
						startedDate: derived.head.startedDate,
						template: itemTemplate,
						outcomes: derived.head.outcomes
					});
					// A later item of this batch for the same inspection replaces this one as it would in the table.
					facts.heads.set(item.inspectionId, previousOf(derived.head));
					newHeads.set(item.inspectionId, derived.head);
					if (item.photoHashes.length > 0) marked.push({ id: item.inspectionId, revision: item.revision });
				}
				const heads = [...newHeads.values()].sort((a, b) => (a.inspectionId < b.inspectionId ? -1 : 1));
				const perStatement = Math.floor(ROWS_PER_STATEMENT / 4);
				for (let at = 0; at < heads.length; at += perStatement) {
					const chunk = heads.slice(at, at + perStatement);
					await client.query(upsertHeads(chunk.length), chunk.flatMap((h) => headValues(h, 'sent', receivedAt)));
				}
				if (marked.length > 0) {
					const finals = marked.filter((m) => newHeads.get(m.id)?.revision === m.revision);
					await client.query(MARK_PHOTO_REUSE, [marked.map((m) => m.id), marked.map((m) => m.revision), finals.map((m) => m.id), finals.map((m) => m.revision)]);
				}
				// A few statements for the batch's totals instead of one round trip per row; chunks keep
				// each under PostgreSQL's 65,535 parameters. In one order for every batch: batches run side
				// by side (commitOrder.ts), and two that upsert the same rows in different orders would deadlock.
				const deltas = totals.deltas().sort(byTotalsRow);
				for (let at = 0; at < deltas.length; at += ROWS_PER_STATEMENT) {
					const chunk = deltas.slice(at, at + ROWS_PER_STATEMENT);
					await client.query(totalsUpsert(chunk.length, (n) => `$${n + 1}`), chunk.flatMap(totalsValues));
				}
			}
		};
	};
}

/** Reads the template versions the cache lacks, all in one statement. */
async function loadTemplates(client: PoolClient, cache: TemplateCache, wanted: readonly { id: string; version: number }[]): Promise<void> {
	const missing = new Map<string, { id: string; version: number }>();
	for (const t of wanted) if (!cache.get(t.id, t.version)) missing.set(`${t.id}@${t.version}`, t);
	if (missing.size === 0) return;
	const list = [...missing.values()];
	const { rows } = await client.query<{ id: string; version: number; content: string }>(
		'SELECT id, version, content FROM templates WHERE (id, version) IN (SELECT * FROM unnest($1::text[], $2::int[]))',
		[list.map((t) => t.id), list.map((t) => t.version)]
	);
	for (const row of rows) cache.remember(row.id, Number(row.version), row.content);
}

function previousOf(head: DerivedHead): PreviousHead {
	return {
		inspection_id: head.inspectionId,
		revision: head.revision,
		agency_id: head.agencyId,
		started_date: head.startedDate,
		template_id: head.templateId,
		template_version: head.templateVersion,
		outcomes: head.outcomes
	};
}

/** Agency, month, item: the totals table's key order. */
const byTotalsRow = (a: TotalsDelta, b: TotalsDelta): number =>
	a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
