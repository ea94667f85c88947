import { demoAgencies } from '$lib/content/agencies';
import { publishedTemplates } from '$lib/content/templates';
import type { Catalog } from '$lib/domain/catalog';

/** What every device needs to start an inspection offline. Stored on the server in a later issue. */
export function currentCatalog(): Catalog {
	return { templates: publishedTemplates, agencies: demoAgencies };
}
