import { addedThemes } from '$lib/components/addedThemes';
import type { ThemeRecord } from '$lib/domain/theme';
import { database, type InspectorDatabase } from '../db/database';

/** Where the pull keeps the themes an administrator added (sync/applyPull.ts). */
export const THEMES_KEY = 'themes';

/** Makes the names of the added themes, as the last pull brought them, known to themeText on this page. */
export async function loadAddedThemes(db: InspectorDatabase = database()): Promise<void> {
	const row = await db.settings.get(THEMES_KEY);
	for (const theme of Array.isArray(row?.value) ? (row.value as ThemeRecord[]) : []) addedThemes.set(theme.id, theme.name);
}
