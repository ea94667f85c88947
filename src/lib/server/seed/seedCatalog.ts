import { demoAgencies } from '$lib/content/agencies';
import { publishedTemplates } from '$lib/content/templates';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { templateRecord } from '../store/catalogRecords';
import type { Store } from '../store/Store';

export interface CatalogSeedReport {
	agenciesAdded: number;
	templatesAdded: string[];
	/**
	 * Shipped versions not put because the template is an administrator's (see seedCatalog); absent
	 * when none, so a start that defers nothing reports as before.
	 */
	templatesDeferred?: string[];
}

const key = (t: Pick<ChecklistTemplate, 'id' | 'version'>) => `${t.id}@${t.version}`;

/**
 * Puts the catalog shipped with the app into the store. Agencies only into an empty store (later edits
 * are the administrators' and are not overwritten at each start). Templates at every start, so a
 * release's new template versions reach the server, but only while a template is the release's: once
 * an administrator has a draft of it or published a version of it (a stored version that is not the
 * shipped content of that number), the template is theirs and the seed adds nothing to it, neither
 * over their version n+1 nor after it. A published version is never changed by either.
 */
export async function seedCatalog(store: Store, now: Date): Promise<CatalogSeedReport> {
	const agenciesAdded = (await store.listAgencies()).length === 0 ? demoAgencies.length : 0;
	if (agenciesAdded > 0) await store.putAgencies(demoAgencies, now);
	const stored = new Map((await store.listTemplates()).map((t) => [key(t), templateRecord(t).contentHash]));
	const drafts = new Set((await store.listTemplateDrafts()).map((d) => d.templateId));
	const shipped = new Map(publishedTemplates.map((t) => [key(t), templateRecord(t).contentHash]));
	// A draft, or a stored version that is not the shipped one of its number, makes a template the administrator's.
	const owned = new Set([...drafts, ...[...stored].filter(([k, hash]) => shipped.get(k) !== hash).map(([k]) => k.slice(0, k.lastIndexOf('@')))]);
	const templatesAdded: string[] = [];
	const templatesDeferred: string[] = [];
	for (const template of publishedTemplates) {
		const k = key(template);
		if (stored.get(k) === shipped.get(k)) continue;
		if (owned.has(template.id)) templatesDeferred.push(k);
		else if ((await store.putTemplate(template, now)) === 'created') templatesAdded.push(k);
	}
	return { agenciesAdded, templatesAdded, ...(templatesDeferred.length > 0 ? { templatesDeferred } : {}) };
}
