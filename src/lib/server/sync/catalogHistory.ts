import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { ThemeRecord } from '$lib/domain/theme';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';

/**
 * Agency changes by difference, so a phone whose catalog is only a few agencies behind gets those
 * agencies, not the whole catalog (thousands of agencies and every template). An app server keeps,
 * for the last few catalogs it computed, a hash of each agency and one of the templates; a phone's
 * cursor names the catalog it holds (its fingerprint). When that catalog is remembered and its
 * templates are today's, the pull sends the agencies whose hash differs (the store never deletes
 * one). Anything else (a catalog this server never computed, a restart, a template change) gets the
 * whole catalog as before, so a phone is never left with a catalog it cannot trust.
 */
export interface CatalogParts {
	templatesKey: string;
	agencyHashes: ReadonlyMap<string, string>;
}

const KEPT = 8;
const histories = new WeakMap<Store, Map<string, CatalogParts>>();

/** The templates' key covers the themes too: a phone given only agency changes must not miss a new theme. */
export function catalogParts(templates: readonly ChecklistTemplate[], retiredTemplates: readonly string[], agencies: readonly Agency[], themes: readonly ThemeRecord[] = []): CatalogParts {
	return {
		templatesKey: sha256Hex(canonicalJson({ templates, retiredTemplates, themes })),
		agencyHashes: new Map(agencies.map((a) => [a.id, sha256Hex(canonicalJson(a)).slice(0, 16)]))
	};
}

/** Remembers a catalog this server computed, forgetting the oldest beyond KEPT. */
export function rememberCatalog(store: Store, fingerprint: string, parts: CatalogParts): void {
	let history = histories.get(store);
	if (!history) histories.set(store, (history = new Map()));
	history.delete(fingerprint);
	history.set(fingerprint, parts);
	for (const oldest of history.keys()) {
		if (history.size <= KEPT) break;
		history.delete(oldest);
	}
}

/** The agencies that differ from the catalog `held` names; null when only the whole catalog will do. */
export function agencyChangesSince(store: Store, held: string, current: CatalogParts, agencies: readonly Agency[]): Agency[] | null {
	const before = histories.get(store)?.get(held);
	if (!before || before.templatesKey !== current.templatesKey) return null;
	return agencies.filter((a) => before.agencyHashes.get(a.id) !== current.agencyHashes.get(a.id));
}
