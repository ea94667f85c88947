import { z } from 'zod/mini';
import type { Agency } from '$lib/domain/agency';
import { CatalogSchema } from '$lib/domain/catalog';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { database, type InspectorDatabase } from '../db/database';

/**
 * Templates and agencies kept on the device so an inspection can start with no network.
 * They come from the server whenever it is reachable and replace what the device had.
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
	const { templates, agencies } = parsed.data;
	await db.transaction('rw', db.templates, db.agencies, async () => {
		// Published template versions never change, so adding is enough; agencies are replaced whole.
		await db.templates.bulkPut(templates);
		await db.agencies.clear();
		await db.agencies.bulkPut(agencies);
	});
	return { ok: true, templates: templates.length, agencies: agencies.length };
}

export async function getTemplate(
	id: string,
	version: number,
	db: InspectorDatabase = database()
): Promise<ChecklistTemplate | undefined> {
	return db.templates.get([id, version]);
}

/** The newest version of each template: what a new inspection uses. */
export async function latestTemplates(db: InspectorDatabase = database()): Promise<ChecklistTemplate[]> {
	const all = await db.templates.toArray();
	const latest = new Map<string, ChecklistTemplate>();
	for (const t of all) {
		const current = latest.get(t.id);
		if (!current || current.version < t.version) latest.set(t.id, t);
	}
	return [...latest.values()].sort((a, b) => a.title.vi.localeCompare(b.title.vi, 'vi'));
}

export async function allAgencies(db: InspectorDatabase = database()): Promise<Agency[]> {
	return db.agencies.toArray();
}

/** Agency ids the inspector used, most recent first. */
export async function recentAgencyIds(db: InspectorDatabase = database()): Promise<string[]> {
	const rows = await db.recentAgencies.orderBy('usedAt').reverse().toArray();
	return rows.map((r) => r.agencyId);
}
