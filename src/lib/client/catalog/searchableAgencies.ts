import type { Agency } from '$lib/domain/agency';

/**
 * What the new-inspection search offers: the open agencies (a closed one keeps its history but takes
 * no new inspection), each with the names of the agencies merged or split into it as former names,
 * so typing an old name finds the agency that carries it on (successors followed through at most a
 * few successive mergers). Its own module: only the new-inspection page needs it.
 */
export function searchableAgencies(all: readonly Agency[]): Agency[] {
	const byId = new Map(all.map((a) => [a.id, a]));
	const open = new Map(all.filter((a) => a.closedAt === undefined).map((a) => [a.id, a]));
	for (const a of all) {
		let heir = a.successorId;
		for (let i = 0; heir && !open.has(heir) && i < 9; i++) heir = byId.get(heir)?.successorId;
		const to = heir && open.get(heir);
		if (to) open.set(to.id, { ...to, formerly: [...(to.formerly ?? []), { until: '', name: a.name, parentId: a.parentId }] });
	}
	return [...open.values()];
}
