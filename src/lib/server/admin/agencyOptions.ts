import { agencyPath, type Agency } from '$lib/domain/agency';

export interface AgencyOption {
	id: string;
	/** The name indented by depth, so the tree reads in a plain <select>. */
	label: string;
}

/** Every agency, parents before children, for choosing a supervisor's jurisdiction. */
export function agencyOptions(agencies: readonly Agency[]): AgencyOption[] {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	return agencies
		.map((agency) => ({ agency, path: agencyPath(byId, agency.id) }))
		.sort((a, b) => compare(a.path.map((p) => p.name), b.path.map((p) => p.name)))
		.map(({ agency, path }) => ({ id: agency.id, label: `${'— '.repeat(path.length - 1)}${agency.name}` }));
}

function compare(a: readonly string[], b: readonly string[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const order = (a[i] as string).localeCompare(b[i] as string, 'vi');
		if (order !== 0) return order;
	}
	return a.length - b.length;
}
