import type { Store } from '../store/Store';

/**
 * Which agencies and template versions exist, for checking every item of a push without reading
 * the catalog each time. Only "exists" is remembered: the store never deletes an agency and never
 * changes or removes a published template version, so a yes stays true on every app server; a no is
 * asked again (an agency or version added since).
 */
export class CatalogIndex {
	readonly #agencies = new Set<string>();
	readonly #templates = new Set<string>();

	constructor(private readonly store: Store) {}

	async hasAgency(id: string): Promise<boolean> {
		if (this.#agencies.has(id)) return true;
		for (const agency of await this.store.listAgencies()) this.#agencies.add(agency.id);
		return this.#agencies.has(id);
	}

	async hasTemplate(id: string, version: number): Promise<boolean> {
		const key = `${id}@${version}`;
		if (this.#templates.has(key)) return true;
		if ((await this.store.getTemplate(id, version)) === null) return false;
		this.#templates.add(key);
		return true;
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
