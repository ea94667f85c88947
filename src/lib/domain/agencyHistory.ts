import type { Agency } from './agency';

/**
 * Reading the agency tree by date. A reorganisation (merger, split, rename with an effective date)
 * keeps what held before it in each agency's `formerly`, so a record made before the date is shown
 * with the name and parent of its day, and `successorId` links a closed agency to the one that
 * carries on, so today's tree can absorb it.
 */

/** The name and parent the agency held on `date` (YYYY-MM-DD, Vietnam time). */
export function agencyOnDate(agency: Agency, date: string): { name: string; parentId: string | null } {
	for (const v of agency.formerly ?? []) if (date < v.until) return { name: v.name, parentId: v.parentId };
	return { name: agency.name, parentId: agency.parentId };
}

/**
 * The agency that carries on `id` today: itself when open or simply closed, else its successor's
 * successor, and so on (a commune merged in 2025 and again in 2027). A loop in the links (only a
 * damaged store could hold one) stops where it closes.
 */
export function todaysAgencyId(agencies: ReadonlyMap<string, Agency>, id: string): string {
	const seen = new Set<string>();
	let current = id;
	for (let next = agencies.get(current)?.successorId; next !== undefined && !seen.has(next); next = agencies.get(current)?.successorId) {
		seen.add(current);
		current = next;
	}
	return current;
}

/** Agencies that were merged or split into `id` (directly or through others), oldest links first. */
export function predecessorsOf(agencies: readonly Agency[], id: string): Agency[] {
	const bySuccessor = new Map<string, Agency[]>();
	for (const a of agencies) if (a.successorId) bySuccessor.set(a.successorId, [...(bySuccessor.get(a.successorId) ?? []), a]);
	const found: Agency[] = [];
	const seen = new Set([id]);
	for (let i = -1; i < found.length; i++) {
		for (const p of bySuccessor.get(i < 0 ? id : (found[i] as Agency).id) ?? []) {
			if (seen.has(p.id)) continue;
			seen.add(p.id);
			found.push(p);
		}
	}
	return found;
}
