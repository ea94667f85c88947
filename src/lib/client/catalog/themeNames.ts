import { knownThemes } from '$lib/components/knownThemes';
import type { ThemeRecord } from '$lib/domain/theme';
import { database, type InspectorDatabase } from '../db/database';

/** Where the pull keeps the catalog's themes, with their names (sync/applyPull.ts). */
export const THEMES_KEY = 'themes';

/** Makes the themes' names, as the last sync brought them, known to this page (knownThemes.ts). */
export async function loadThemeNames(db: InspectorDatabase = database()): Promise<void> {
	const row = await db.settings.get(THEMES_KEY);
	for (const theme of Array.isArray(row?.value) ? (row.value as ThemeRecord[]) : []) knownThemes.set(theme.id, theme.name);
}
