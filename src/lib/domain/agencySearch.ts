import type { Agency } from './agency';
import { foldVietnamese } from './search';

export interface AgencyMatch {
	agency: Agency;
	/** Name of the parent agency, to tell apart units with the same name. */
	parentName: string | null;
	recent: boolean;
}

/**
 * Agencies whose name (or parent's name) contains every word of the query, diacritics optional.
 * Recently used agencies come first, then names that start with the query, then the rest by name.
 */
export function searchAgencies(
	agencies: readonly Agency[],
	query: string,
	recentIds: readonly string[],
	limit = 30
): AgencyMatch[] {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const recentRank = new Map(recentIds.map((id, index) => [id, index]));
	const words = foldVietnamese(query).split(' ').filter(Boolean);
	const folded = foldVietnamese(query);

	const matches = agencies
		.map((agency) => {
			const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
			const name = foldVietnamese(agency.name);
			const haystack = parent ? `${name} ${foldVietnamese(parent.name)}` : name;
			return { agency, name, haystack, parentName: parent?.name ?? null };
		})
		.filter((m) => words.every((w) => m.haystack.includes(w)))
		// With no query, only recent agencies are worth listing first; everything else follows by name.
		.sort((a, b) => {
			const ra = recentRank.get(a.agency.id) ?? Infinity;
			const rb = recentRank.get(b.agency.id) ?? Infinity;
			if (ra !== rb) return ra - rb;
			if (folded) {
				const sa = a.name.includes(folded) ? 0 : 1;
				const sb = b.name.includes(folded) ? 0 : 1;
				if (sa !== sb) return sa - sb;
			}
			return a.agency.name.localeCompare(b.agency.name, 'vi');
		});

	return matches.slice(0, limit).map((m) => ({
		agency: m.agency,
		parentName: m.parentName,
		recent: recentRank.has(m.agency.id)
	}));
}
