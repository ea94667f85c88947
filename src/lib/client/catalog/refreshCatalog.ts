import { z } from 'zod/mini';
import { CatalogSchema } from '$lib/domain/catalog';
import { database, type InspectorDatabase } from '../db/database';
import { THEMES_KEY } from './themeNames';

/**
 * The whole catalog from the server (GET /api/catalog), replacing what the device had: for pages
 * that need a template the device lacks (a supervisor opening an older inspection). Inspectors'
 * devices get the catalog with the sync pull.
 */
export type RefreshResult = { ok: true; templates: number; agencies: number } | { ok: false; reason: string };

export async function refreshCatalog(
	fetcher: typeof fetch = fetch,
	db: InspectorDatabase = database()
): Promise<RefreshResult> {
	let body: unknown;
	try {
		const response = await fetcher('/api/catalog', { headers: { accept: 'application/json' } });
		if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
		body = await response.json();
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
	const parsed = CatalogSchema.safeParse(body);
	if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
	const { templates, agencies, themes } = parsed.data;
	await db.transaction('rw', db.templates, db.agencies, db.settings, async () => {
		if (themes) await db.settings.put({ key: THEMES_KEY, value: themes });
		// Published template versions never change, so adding is enough; agencies are replaced whole.
		await db.templates.bulkPut(templates);
		await db.agencies.clear();
		await db.agencies.bulkPut(agencies);
	});
	return { ok: true, templates: templates.length, agencies: agencies.length };
}
