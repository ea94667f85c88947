import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Store } from '../store/Store';

/**
 * Which agencies and template versions exist, for checking every item of a push without reading
 * the catalog each time. Only "exists" is remembered: the store never deletes an agency and never
 * changes or removes a published template version, so a yes stays true on every app server; a no is
 * asked again (an agency or version added since).
 */
export class CatalogIndex {
	readonly #agencies = new Set<string>();
	readonly #templates = new Map<string, ChecklistTemplate>();

	constructor(private readonly store: Store) {}

	async hasAgency(id: string): Promise<boolean> {
		if (this.#agencies.has(id)) return true;
		for (const agency of await this.store.listAgencies()) this.#agencies.add(agency.id);
		return this.#agencies.has(id);
	}

	/** A published template version (never changes once published, so it is kept); null when unknown. */
	async template(id: string, version: number): Promise<ChecklistTemplate | null> {
		const key = `${id}@${version}`;
		const known = this.#templates.get(key);
		if (known) return known;
		const template = await this.store.getTemplate(id, version);
		if (template) this.#templates.set(key, template);
		return template;
	}
}

const indexes = new WeakMap<Store, CatalogIndex>();

export function catalogIndex(store: Store): CatalogIndex {
	let index = indexes.get(store);
	if (!index) {
		index = new CatalogIndex(store);
		indexes.set(store, index);
	}
	return index;
}
