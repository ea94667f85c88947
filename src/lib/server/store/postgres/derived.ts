import type { PoolClient } from 'pg';
import { deriveRevision } from '../deriveRevision';
import {
	FINDING_COLUMNS,
	HEAD_COLUMNS,
	PREVIOUS_FINDINGS_SQL,
	PREVIOUS_HEAD_SQL,
	TOTALS_UPSERT,
	findingValues,
	headValues,
	parseTemplate,
	totalsDeltas,
	totalsValues,
	type TotalsFinding
} from '../derivedRows';
import type { PreparedSubmission } from '../prepareSubmission';
import { numbered } from './review';

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

/** Writes the derived rows of a revision inside the transaction that stores it (see sqlite/derived.ts). */
export async function writeDerivedPostgres(client: PoolClient, item: PreparedSubmission, receivedAt: string): Promise<void> {
	// One client runs one query at a time (pg queues concurrent ones, deprecated for pg 9): in sequence.
	const template = await client.query<{ content: string }>('SELECT content FROM templates WHERE id = $1 AND version = $2', [
		item.templateId,
		item.templateVersion
	]);
	const agency = await client.query<{ lat: number | null; lng: number | null }>('SELECT lat, lng FROM agencies WHERE id = $1', [
		item.agencyId
	]);
	const old = await client.query<{ revision: number; agency_id: string; started_date: string }>(numbered(PREVIOUS_HEAD_SQL), [
		item.inspectionId
	]);
	const where = agency.rows[0];
	const location = where && where.lat !== null && where.lng !== null ? { lat: where.lat, lng: where.lng } : null;
	const derived = deriveRevision(item, parseTemplate(template.rows[0]?.content), location);
	if (derived.findings.length > 0) {
		const width = FINDING_COLUMNS.length;
		await client.query(
			`INSERT INTO findings (${FINDING_COLUMNS.join(', ')}) VALUES ${derived.findings.map((_, i) => `(${placeholders(width, i * width + 1)})`).join(', ')}`,
			derived.findings.flatMap((f) => findingValues(item.inspectionId, item.revision, f))
		);
	}
	const previousHead = old.rows[0];
	if (previousHead && previousHead.revision > item.revision) return;
	const previous = previousHead
		? {
				agencyId: previousHead.agency_id,
				startedDate: previousHead.started_date,
				findings: (await client.query<TotalsFinding>(numbered(PREVIOUS_FINDINGS_SQL), [item.inspectionId, previousHead.revision])).rows
			}
		: null;
	await client.query(
		`INSERT INTO inspection_heads (${HEAD_COLUMNS.join(', ')}) VALUES (${placeholders(HEAD_COLUMNS.length)})
		 ON CONFLICT (inspection_id) DO UPDATE SET ${HEAD_COLUMNS.slice(1)
				.map((c) => `${c} = excluded.${c}`)
				.join(', ')}`,
		headValues(derived.head, 'sent', receivedAt)
	);
	const next = { agencyId: item.agencyId, startedDate: derived.head.startedDate, findings: derived.findings.map((f) => ({ ...f, outcome: f.outcome as string })) };
	for (const delta of totalsDeltas(previous, next)) await client.query(numbered(TOTALS_UPSERT), totalsValues(delta));
}
