import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { database, type InspectorDatabase } from '../db/database';

/**
 * Templates and agencies kept on the device so an inspection can start with no network. The sync
 * pull brings them; refreshCatalog.ts fetches the whole catalog for pages that lack a template.
 */

export async function getTemplate(
	id: string,
	version: number,
	db: InspectorDatabase = database()
): Promise<ChecklistTemplate | undefined> {
	return db.templates.get([id, version]);
}

/** The newest version of a template on the device (0 when it has none). */
export async function newestTemplateVersion(templateId: string, db: InspectorDatabase = database()): Promise<number> {
	const keys = (await db.templates.where('id').equals(templateId).primaryKeys()) as unknown as [string, number][];
	return Math.max(0, ...keys.map((key) => key[1]));
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

/** Where the pull keeps the retired template ids (sync/applyPull.ts). */
export const RETIRED_TEMPLATES_KEY = 'retiredTemplates';

/**
 * What a new inspection may use: the newest version of each template an administrator has not
 * retired. A retired template's inspections still open, print and count; only new ones are refused.
 */
export async function offeredTemplates(db: InspectorDatabase = database()): Promise<ChecklistTemplate[]> {
	const [latest, retired] = await Promise.all([latestTemplates(db), db.settings.get(RETIRED_TEMPLATES_KEY)]);
	const ids = new Set(Array.isArray(retired?.value) ? (retired.value as string[]) : []);
	return latest.filter((t) => !ids.has(t.id));
}

export async function allAgencies(db: InspectorDatabase = database()): Promise<Agency[]> {
	return db.agencies.toArray();
}

/** The agencies a new inspection may name: a closed agency keeps its history but takes no new inspection. */
export async function openAgencies(db: InspectorDatabase = database()): Promise<Agency[]> {
	return (await db.agencies.toArray()).filter((agency) => agency.closedAt === undefined);
}

/** Agency ids the inspector used, most recent first. */
export async function recentAgencyIds(db: InspectorDatabase = database()): Promise<string[]> {
	const rows = await db.recentAgencies.orderBy('usedAt').reverse().toArray();
	return rows.map((r) => r.agencyId);
}
