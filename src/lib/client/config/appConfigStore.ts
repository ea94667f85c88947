import { AppConfigSchema, DEFAULT_APP_CONFIG, type AppConfig } from '$lib/domain/appConfig';
import { database, type InspectorDatabase } from '../db/database';

/** Key of the server's settings in the device's `settings` table. */
export const APP_CONFIG_KEY = 'appConfig';

export type ConfigRefresh = { ok: true; config: AppConfig } | { ok: false; reason: string };

/**
 * Fetch the server's settings (GET /api/config) and keep them on the device, so the map uses the
 * configured tile server offline too. Failing (offline, server error) leaves the stored copy alone.
 */
export async function refreshAppConfig(fetcher: typeof fetch = fetch, db: InspectorDatabase = database()): Promise<ConfigRefresh> {
	let body: unknown;
	try {
		const response = await fetcher('/api/config', { headers: { accept: 'application/json' } });
		if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
		body = await response.json();
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
	const parsed = AppConfigSchema.safeParse(body);
	if (!parsed.success) return { ok: false, reason: parsed.error.message };
	await db.settings.put({ key: APP_CONFIG_KEY, value: parsed.data });
	return { ok: true, config: parsed.data };
}

/** The settings last received from the server; the defaults before the first contact or if damaged. */
export async function readAppConfig(db: InspectorDatabase = database()): Promise<AppConfig> {
	const stored = await db.settings.get(APP_CONFIG_KEY);
	const parsed = AppConfigSchema.safeParse(stored?.value);
	return parsed.success ? parsed.data : DEFAULT_APP_CONFIG;
}
