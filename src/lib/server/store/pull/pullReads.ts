import type { Store } from '../Store';
import type { Dialect, Exec } from '../review/filter';

type PullReadMethods = Pick<Store, 'catalogVersion' | 'recommendationVersions' | 'recentAgencies'>;

/**
 * The small reads a pull makes on every call, written once for both databases. Each is bounded by
 * what the one user needs (an index range), never by the size of the province.
 */
export function pullReads(exec: Exec, dialect: Dialect): PullReadMethods {
	return {
		async catalogVersion() {
			const rows = await exec<{ version: number | string }>('SELECT version FROM catalog_version WHERE id = 1', []);
			return Number(rows[0]?.version ?? 0);
		},
		async recommendationVersions(agencyIds) {
			const versions = new Map<string, string>();
			if (agencyIds.length === 0) return versions;
			// Covered by recommendations_by_agency_version: the rows themselves are not read.
			const rows = await exec<{ agency_id: string; row_count: number | string; version_sum: number | string }>(
				`SELECT agency_id, COUNT(*) AS row_count, SUM(version) AS version_sum FROM recommendations WHERE ${dialect.inList('agency_id')} GROUP BY agency_id`,
				[dialect.listParam(agencyIds)]
			);
			for (const row of rows) versions.set(row.agency_id, `${Number(row.row_count)}-${Number(row.version_sum)}`);
			return versions;
		},
		async recentAgencies(inspectorId, since, limit) {
			// The latest `limit` inspections by heads_by_inspector_started, then their agencies.
			const rows = await exec<{ agency_id: string }>(
				'SELECT agency_id FROM inspection_heads WHERE inspector_id = ? AND started_at >= ? ORDER BY started_at DESC LIMIT ?',
				[inspectorId, since, limit]
			);
			return [...new Set(rows.map((r) => r.agency_id))];
		}
	};
}
