import type { MapMarker } from '$lib/domain/stats';
import { whereClause, type Dialect, type Exec, type ReviewFilter } from './filter';

/** Enough for a province's years of inspections; the map clusters them. */
export const MAX_MAP_POINTS = 20_000;

/**
 * The newest located inspections matching the filter, as the map draws them. Only the columns the
 * map needs, and agency names from one small read instead of a join per row: reading the rows is
 * all this costs.
 */
export async function queryMapPoints(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<MapMarker[]> {
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return [];
	const where = whereClause(filter, dialect);
	const [rows, agencies] = await Promise.all([
		exec<{ lat: number; lng: number; compliance_rate: number | null; agency_id: string }>(
			`SELECT h.lat, h.lng, h.compliance_rate, h.agency_id FROM inspection_heads AS h
			 WHERE h.lat IS NOT NULL AND h.lng IS NOT NULL AND ${where.sql}
			 ORDER BY h.started_at DESC LIMIT ?`,
			[...where.params, MAX_MAP_POINTS]
		),
		exec<{ id: string; name: string }>('SELECT id, name FROM agencies', [])
	]);
	const names = new Map(agencies.map((a) => [a.id, a.name]));
	return rows.map((r) => ({
		lat: Number(r.lat),
		lng: Number(r.lng),
		rate: r.compliance_rate === null ? null : Number(r.compliance_rate),
		agencyName: names.get(r.agency_id) ?? ''
	}));
}
