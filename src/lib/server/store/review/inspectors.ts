import type { Dialect, Exec } from './filter';

export interface InspectorOption {
	id: string;
	/** The account's current name (an inspection keeps the name it was made under). */
	name: string;
}

/**
 * The accounts with at least one inspection in these agencies (null: any), for the queue's
 * inspector filter. Whatever their role now: an inspector later made a supervisor still has
 * inspections to find. Each account is one index probe (heads by inspector) that stops at the
 * first inspection inside the list; the users table is small.
 */
export async function queryInspectors(exec: Exec, dialect: Dialect, agencyIds: readonly string[] | null): Promise<InspectorOption[]> {
	if (agencyIds !== null && agencyIds.length === 0) return [];
	const inside = agencyIds === null ? { sql: '', params: [] } : { sql: ` AND ${dialect.inList('h.agency_id')}`, params: [dialect.listParam(agencyIds)] };
	const rows = await exec<{ id: string; display_name: string }>(
		`SELECT u.id, u.display_name FROM users AS u
		 WHERE EXISTS (SELECT 1 FROM inspection_heads AS h WHERE h.inspector_id = u.id${inside.sql})`,
		inside.params
	);
	// Sorted here, in Vietnamese order, which neither database's default collation gives.
	return rows.map((r) => ({ id: r.id, name: r.display_name })).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}
