import type { LocalizedText } from '$lib/domain/localized';

/**
 * Names of the themes an administrator added (the nine seed themes are named in themeText.ts), as this
 * page knows them: on a phone, from its last pull (client/catalog/themeNames.ts loads them with the
 * inspection); on the server, none (server code passes the store's). A theme is never renamed, so a
 * name once known stays right. A module of its own so the table of the nine is not loaded with it.
 */
export const addedThemes = new Map<string, LocalizedText>();
