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
			const rows = await exec<{ agency_id: string; version: number | string }>(
				`SELECT agency_id, version FROM agency_recommendation_versions WHERE ${dialect.inList('agency_id')}`,
				[dialect.listParam(agencyIds)]
			);
			for (const row of rows) versions.set(row.agency_id, String(row.version));
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
