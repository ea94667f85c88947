import type { Catalog } from '$lib/domain/catalog';
import type { Store } from './store/Store';

/**
 * What every device needs to start an inspection offline, as the store holds it: the shipped
 * content is put there at every start (seedCatalog), and an administrator's later changes with it.
 */
export async function storedCatalog(store: Store): Promise<Catalog> {
	const [templates, agencies] = await Promise.all([store.listTemplates(), store.listAgencies()]);
	return { templates, agencies };
}
