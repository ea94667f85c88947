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
