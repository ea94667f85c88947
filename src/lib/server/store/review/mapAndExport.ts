import type { MapPoint } from '$lib/domain/stats';
import { manifestOf } from '../deriveRevision';
import { OUTCOME_SQL } from '../templateItems';
import { whereClause, type Dialect, type Exec, type ReviewFilter } from './filter';

/** Enough for a province's years of inspections; the map clusters them. */
export const MAX_MAP_POINTS = 20_000;

export async function queryMapPoints(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<MapPoint[]> {
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return [];
	const where = whereClause(filter, dialect);
	const rows = await exec<{ inspection_id: string; lat: number; lng: number; compliance_rate: number | null; agency_name: string; started_at: string }>(
		`SELECT h.inspection_id, h.lat, h.lng, h.compliance_rate, a.name AS agency_name, h.started_at
		 FROM inspection_heads AS h JOIN agencies AS a ON a.id = h.agency_id
		 WHERE h.lat IS NOT NULL AND h.lng IS NOT NULL AND ${where.sql}
		 ORDER BY h.started_at DESC LIMIT ?`,
		[...where.params, MAX_MAP_POINTS]
	);
	return rows.map((r) => ({
		inspectionId: r.inspection_id,
		lat: Number(r.lat),
		lng: Number(r.lng),
		rate: r.compliance_rate === null ? null : Number(r.compliance_rate),
		agencyName: r.agency_name,
		startedAt: r.started_at
	}));
}

export interface FindingExportRow {
	inspectionId: string;
	revision: number;
	agencyId: string;
	agencyName: string;
	inspectorName: string;
	startedAt: string;
	status: string;
	itemId: string;
	theme: string;
	itemText: string;
	outcome: string;
	severity: string;
	note: string;
}

/**
 * Every finding of the latest revisions matching the filter, for the CSV export: each head's
 * `outcomes` spread over its template's items, the notes read from the sealed manifests themselves
 * (the record is the evidence, and a finding's note is needed only here).
 */
export async function queryFindings(exec: Exec, dialect: Dialect, filter: ReviewFilter, limit: number): Promise<FindingExportRow[]> {
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return [];
	const where = whereClause(filter, dialect);
	const rows = await exec<{
		inspection_id: string;
		revision: number;
		agency_id: string;
		agency_name: string;
		inspector_name: string;
		started_at: string;
		status: string;
		item_id: string;
		theme: string;
		item_text: string;
		outcome: string;
		severity: string;
	}>(
		`SELECT h.inspection_id, h.revision, h.agency_id, a.name AS agency_name, h.inspector_name, h.started_at, h.status,
			f.item_id, f.theme, f.item_text, ${OUTCOME_SQL} AS outcome, f.severity
		 FROM inspection_heads AS h
		 JOIN template_items AS f ON f.template_id = h.template_id AND f.template_version = h.template_version
		 JOIN agencies AS a ON a.id = h.agency_id
		 WHERE ${where.sql} AND substr(h.outcomes, f.ordinal, 1) IN ('c', 'v', 'n') ORDER BY h.started_at DESC, h.inspection_id, f.item_id LIMIT ?`,
		[...where.params, limit]
	);
	const notes = await notesOf(exec, dialect, rows);
	return rows.map((r) => ({
		inspectionId: r.inspection_id,
		revision: r.revision,
		agencyId: r.agency_id,
		agencyName: r.agency_name,
		inspectorName: r.inspector_name,
		startedAt: r.started_at,
		status: r.status,
		itemId: r.item_id,
		theme: r.theme,
		itemText: r.item_text,
		outcome: r.outcome,
		severity: r.severity,
		note: notes.get(`${r.inspection_id}#${r.revision}`)?.[r.item_id]?.note ?? ''
	}));
}

/** The answers (with their notes) of each revision among `rows`, from its stored manifest, by `${id}#${revision}`. */
async function notesOf(
	exec: Exec,
	dialect: Dialect,
	rows: readonly { inspection_id: string; revision: number }[]
): Promise<Map<string, Record<string, { note?: string }>>> {
	const wanted = new Set(rows.map((r) => `${r.inspection_id}#${r.revision}`));
	const ids = [...new Set(rows.map((r) => r.inspection_id))];
	const answers = new Map<string, Record<string, { note?: string }>>();
	// In slices, so no statement carries more ids than a list parameter comfortably holds.
	for (let at = 0; at < ids.length; at += 1000) {
		const stored = await exec<{ inspection_id: string; revision: number; content: string }>(
			`SELECT inspection_id, revision, content FROM submissions WHERE ${dialect.inList('inspection_id')}`,
			[dialect.listParam(ids.slice(at, at + 1000))]
		);
		for (const s of stored) {
			const key = `${s.inspection_id}#${s.revision}`;
			if (!wanted.has(key)) continue;
			const manifest = manifestOf(JSON.parse(s.content) as unknown);
			answers.set(key, (manifest?.answers ?? {}) as Record<string, { note?: string }>);
		}
	}
	return answers;
}
