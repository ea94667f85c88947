import type { Agency, GeoPoint } from './agency';

/**
 * Rules of the agency tree an administrator edits, shared by the admin form, the spreadsheet import
 * and the store (which checks them again in the transaction that writes).
 */

/**
 * A box around Vietnam's territory, islands included (Trường Sa reaches about 6.5° N and 117.8° E):
 * a registered location outside it is a typing slip (lat and lng swapped, a sign or a decimal lost).
 */
export const VIETNAM_BOUNDS = { minLat: 6.5, maxLat: 23.5, minLng: 102.1, maxLng: 117.9 } as const;

export function insideVietnam(point: GeoPoint): boolean {
	return point.lat >= VIETNAM_BOUNDS.minLat && point.lat <= VIETNAM_BOUNDS.maxLat && point.lng >= VIETNAM_BOUNDS.minLng && point.lng <= VIETNAM_BOUNDS.maxLng;
}

export type TreeProblem = { kind: 'unknown-parent'; id: string; parentId: string } | { kind: 'cycle'; id: string; path: string[] } | { kind: 'closed-parent'; id: string; parentId: string };

/**
 * What is wrong with a tree: a parent that does not exist, a parent that is closed under an open
 * agency, or a cycle (an agency that is its own ancestor). Each cycle is reported once, at its
 * smallest id. Linear in the number of agencies: each is walked up once.
 */
export function treeProblems(agencies: readonly Agency[]): TreeProblem[] {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const problems: TreeProblem[] = [];
	for (const a of agencies) {
		if (a.parentId === null) continue;
		const parent = byId.get(a.parentId);
		if (!parent) problems.push({ kind: 'unknown-parent', id: a.id, parentId: a.parentId });
		else if (parent.closedAt !== undefined && a.closedAt === undefined) problems.push({ kind: 'closed-parent', id: a.id, parentId: a.parentId });
	}
	// 0 unvisited, 1 on the current walk, 2 known to reach a root.
	const state = new Map<string, 1 | 2>();
	for (const start of agencies) {
		const walk: string[] = [];
		let id: string | null = start.id;
		while (id !== null && byId.has(id) && state.get(id) === undefined) {
			state.set(id, 1);
			walk.push(id);
			id = byId.get(id)?.parentId ?? null;
		}
		if (id !== null && state.get(id) === 1) {
			const path = walk.slice(walk.indexOf(id));
			const first = [...path].sort()[0] as string;
			problems.push({ kind: 'cycle', id: first, path });
		}
		for (const w of walk) state.set(w, 2);
	}
	return problems;
}

/** True when putting `id` under `parentId` would make it its own ancestor. */
export function wouldCycle(agencies: ReadonlyMap<string, Agency>, id: string, parentId: string | null): boolean {
	const seen = new Set<string>();
	for (let current = parentId; current !== null && !seen.has(current); current = agencies.get(current)?.parentId ?? null) {
		if (current === id) return true;
		seen.add(current);
	}
	return false;
}
