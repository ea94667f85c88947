import { manifestOf } from '../deriveRevision';
import { OUTCOME_SQL } from '../templateItems';
import { whereClause, type Dialect, type Exec, type ReviewFilter, type StreamRows } from './filter';
import { QUEUE_ORDER, QUEUE_SELECT, queueRowFrom, type QueueDbRow, type QueueRequest, type QueueRow } from './queue';

/** Rows per batch: small enough that reading and formatting one holds the event loop a few ms. */
export const EXPORT_BATCH_ROWS = 500;

export type ExportRequest = Omit<QueueRequest, 'offset' | 'limit'>;

export interface FindingExportRow {
	inspectionId: string;
	revision: number;
	templateId: string;
	templateVersion: number;
	agencyId: string;
	agencyName: string;
	inspectorName: string;
	startedAt: string;
	status: string;
	itemId: string;
	theme: string;
	itemText: string;
	/** compliant, violation, na; or recorded: an answer that carries no score (free text, a figure or a choice without one). */
	outcome: string;
	severity: string;
	note: string;
	/** The answer itself, as recorded (for a recorded outcome: what was observed). */
	value: string | number | null;
}

/** Every queue row matching the filter, in the queue's order, in batches (see StreamRows). */
export async function* streamInspections(stream: StreamRows, dialect: Dialect, request: ExportRequest, batchSize = EXPORT_BATCH_ROWS): AsyncGenerator<QueueRow[], void, undefined> {
	if (request.agencyIds !== null && request.agencyIds.length === 0) return;
	const where = whereClause(request, dialect, true);
	for await (const rows of stream<QueueDbRow>(`${QUEUE_SELECT} AND ${where.sql} ORDER BY ${QUEUE_ORDER[request.sort]}`, where.params, batchSize)) {
		yield rows.map(queueRowFrom);
	}
}

interface FindingDbRow {
	inspection_id: string;
	revision: number;
	template_id: string;
	template_version: number;
	agency_id: string;
	agency_name: string;
	inspector_name: string;
	started_at: string;
	status: string;
	item_id: string;
	theme: string;
	item_text: string;
	outcome: string | null;
	severity: string;
}

type StoredAnswers = Record<string, { note?: string; value?: unknown }>;

/**
 * Every finding of the latest revisions matching the filter, newest inspection first, in batches:
 * each head's `outcomes` spread over its template's items, the notes and values read from the
 * sealed manifests themselves (the record is the evidence, and they are needed only here). An item
 * whose answer carries no score ('-': free text, a figure without a compliant range) is a finding
 * too when it was answered: what the inspector observed. A stored revision never changes its
 * content, so reading the manifests outside the stream's snapshot is exact.
 */
export async function* streamFindings(
	stream: StreamRows,
	exec: Exec,
	dialect: Dialect,
	filter: ReviewFilter,
	batchSize = EXPORT_BATCH_ROWS
): AsyncGenerator<FindingExportRow[], void, undefined> {
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return;
	const where = whereClause(filter, dialect, true);
	const sql = `SELECT h.inspection_id, h.revision, h.template_id, h.template_version, h.agency_id, a.name AS agency_name, h.inspector_name, h.started_at, h.status,
			f.item_id, f.theme, f.item_text, ${OUTCOME_SQL} AS outcome, f.severity
		 FROM inspection_heads AS h
		 JOIN template_items AS f ON f.template_id = h.template_id AND f.template_version = h.template_version
		 JOIN agencies AS a ON a.id = h.agency_id
		 WHERE ${where.sql} AND substr(h.outcomes, f.ordinal, 1) IN ('c', 'v', 'n', '-') ORDER BY h.started_at DESC, h.inspection_id, f.item_id`;
	for await (const rows of stream<FindingDbRow>(sql, where.params, batchSize)) {
		const answers = await answersOf(exec, dialect, rows);
		const findings: FindingExportRow[] = [];
		for (const r of rows) {
			const answer = answers.get(`${r.inspection_id}#${r.revision}`)?.[r.item_id];
			const value = typeof answer?.value === 'string' || typeof answer?.value === 'number' ? answer.value : null;
			// Unscored and unanswered: not a finding.
			if (r.outcome === null && (value === null || value === '')) continue;
			findings.push({
				inspectionId: r.inspection_id,
				revision: r.revision,
				templateId: r.template_id,
				templateVersion: r.template_version,
				agencyId: r.agency_id,
				agencyName: r.agency_name,
				inspectorName: r.inspector_name,
				startedAt: r.started_at,
				status: r.status,
				itemId: r.item_id,
				theme: r.theme,
				itemText: r.item_text,
				outcome: r.outcome ?? 'recorded',
				severity: r.severity,
				note: typeof answer?.note === 'string' ? answer.note : '',
				value
			});
		}
		if (findings.length > 0) yield findings;
	}
}

/** The answers (values and notes) of each revision among `rows`, from its stored manifest, by `${id}#${revision}`. */
async function answersOf(exec: Exec, dialect: Dialect, rows: readonly FindingDbRow[]): Promise<Map<string, StoredAnswers>> {
	const revisions = new Map<string, { id: string; revision: number }>();
	for (const r of rows) revisions.set(`${r.inspection_id}#${r.revision}`, { id: r.inspection_id, revision: r.revision });
	const answers = new Map<string, StoredAnswers>();
	if (revisions.size === 0) return answers;
	const ids = [...new Set(rows.map((r) => r.inspection_id))];
	const stored = await exec<{ inspection_id: string; revision: number; content: string }>(
		`SELECT inspection_id, revision, content FROM submissions WHERE ${dialect.inList('inspection_id')}`,
		[dialect.listParam(ids)]
	);
	for (const s of stored) {
		const key = `${s.inspection_id}#${s.revision}`;
		if (!revisions.has(key)) continue;
		const manifest = manifestOf(JSON.parse(s.content) as unknown);
		answers.set(key, (manifest?.answers ?? {}) as StoredAnswers);
	}
	return answers;
}
