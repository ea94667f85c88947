import { demoAgencies } from '$lib/content/agencies';
import { publishedTemplates } from '$lib/content/templates';
import type { Store } from '../store/Store';

export interface CatalogSeedReport {
	agenciesAdded: number;
	templatesAdded: string[];
}

/**
 * Puts the catalog shipped with the app into the store. Agencies only into an empty store (later edits
 * are the administrators' and are not overwritten at each start); templates at every start, so a
 * release's new template versions reach the server. A published version already stored with other
 * content stops the start with TemplateConflictError: a published version never changes.
 */
export async function seedCatalog(store: Store, now: Date): Promise<CatalogSeedReport> {
	const agenciesAdded = (await store.listAgencies()).length === 0 ? demoAgencies.length : 0;
	if (agenciesAdded > 0) await store.putAgencies(demoAgencies, now);
	const templatesAdded: string[] = [];
	for (const template of publishedTemplates) {
		if ((await store.putTemplate(template, now)) === 'created') templatesAdded.push(`${template.id}@${template.version}`);
	}
	return { agenciesAdded, templatesAdded };
}
