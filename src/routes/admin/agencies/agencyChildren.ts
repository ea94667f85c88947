import type { Agency } from '$lib/domain/agency';

const byName = new Intl.Collator('vi').compare;

/** Each agency's units by name; the roots (and orphans) under null. Linear plus the sorts. */
export function agencyChildren(agencies: readonly Agency[]): ReadonlyMap<string | null, readonly Agency[]> {
	const map = new Map<string | null, Agency[]>();
	const ids = new Set(agencies.map((a) => a.id));
	for (const a of agencies) {
		const key = a.parentId !== null && ids.has(a.parentId) ? a.parentId : null;
		const list = map.get(key);
		if (list) list.push(a);
		else map.set(key, [a]);
	}
	for (const list of map.values()) list.sort((x, y) => byName(x.name, y.name));
	return map;
}
