import type { Catalog } from '$lib/domain/catalog';
import type { Store } from './store/Store';
import { catalogSnapshot } from './sync/catalogSnapshot';

/**
 * What every device needs to start an inspection offline, as the store holds it: the shipped
 * content is put there at every start (seedCatalog), and an administrator's later changes with it.
 * Read through the snapshot the pulls share (reloaded whenever the catalog's version moves), with the
 * themes' names.
 */
export async function storedCatalog(store: Store): Promise<Catalog> {
	const { templates, agencies, themes } = await catalogSnapshot(store);
	return { templates, agencies, themes };
}
