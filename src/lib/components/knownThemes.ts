import type { LocalizedText } from '$lib/domain/localized';

/**
 * Theme names as data, as this page knows them: on a device, every theme of the catalog its last
 * sync brought (client/catalog/themeNames.ts loads them with the inspection), the nine seed themes and
 * any an administrator added; on the server, none (server code passes the store's). A theme is never
 * renamed, so a name once known stays right. A module of its own, without a hard-coded list, so the
 * inspector pages that name themes carry no table of names.
 */
export const knownThemes = new Map<string, LocalizedText>();

/** A theme's name from the data (its id until the device has the catalog's themes). */
export function themeName(id: string): LocalizedText {
	return knownThemes.get(id) ?? { vi: id, en: id };
}
