import type { MapPoint } from '$lib/domain/stats';
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

/** Every finding of the latest revisions matching the filter, for the CSV export. */
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
		note: string;
	}>(
		`SELECT h.inspection_id, h.revision, h.agency_id, a.name AS agency_name, h.inspector_name, h.started_at, h.status,
			f.item_id, f.theme, f.item_text, f.outcome, f.severity, f.note
		 FROM findings AS f JOIN inspection_heads AS h ON h.inspection_id = f.inspection_id AND h.revision = f.revision
		 JOIN agencies AS a ON a.id = h.agency_id
		 WHERE ${where.sql} ORDER BY h.started_at DESC, h.inspection_id, f.item_id LIMIT ?`,
		[...where.params, limit]
	);
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
		note: r.note
	}));
}
