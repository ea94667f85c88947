import { z } from 'zod/mini';
import { DEFAULT_FAR_FROM_AGENCY_METRES } from './farFromAgency';
import { isOsmFoundationTileHost, tileTemplateUrl } from './tileTemplate';

/**
 * Settings the server hands every device (GET /api/config), kept on the device for offline use.
 * They come from the server's environment so a province can point the map at its own tile server
 * without a new build.
 */

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '© OpenStreetMap contributors';

function isTileTemplate(template: string): boolean {
	const url = tileTemplateUrl(template);
	return (
		url !== null &&
		(url.protocol === 'https:' || url.protocol === 'http:') &&
		['{z}', '{x}', '{y}'].every((p) => template.includes(p))
	);
}

export const TileConfigSchema = z.object({
	/** Leaflet template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png ({s} subdomains allowed). */
	urlTemplate: z.string().check(z.refine(isTileTemplate, 'TILE_URL phải là địa chỉ http(s) có {z}, {x} và {y}')),
	/** Plain text (never HTML): shown on the map as the tile licence requires. */
	attribution: z.string().check(z.maxLength(300)),
	/** Whether the tile server's terms allow downloading an area in advance. */
	bulkDownload: z.boolean()
});
export type TileConfig = z.infer<typeof TileConfigSchema>;

export const AppConfigSchema = z.object({
	tiles: TileConfigSchema,
	/** Beyond this distance from the agency's registered location an inspection is flagged. */
	farFromAgencyMetres: z.number().check(z.positive(), z.lte(100_000))
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

export const DEFAULT_APP_CONFIG: AppConfig = {
	tiles: { urlTemplate: DEFAULT_TILE_URL, attribution: DEFAULT_TILE_ATTRIBUTION, bulkDownload: false },
	farFromAgencyMetres: DEFAULT_FAR_FROM_AGENCY_METRES
};

export type ParsedConfig = { ok: true; config: AppConfig } | { ok: false; error: string };

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean | string {
	const value = raw?.trim().toLowerCase() ?? '';
	if (value === '') return fallback;
	if (['true', '1', 'yes'].includes(value)) return true;
	if (['false', '0', 'no'].includes(value)) return false;
	return `${name} phải là true hoặc false (đang là "${raw ?? ''}")`;
}

/**
 * The configuration from environment variables (TILE_URL, TILE_ATTRIBUTION, TILE_BULK_DOWNLOAD,
 * FAR_FROM_AGENCY_METRES); unset or empty ones take their default. A wrong value is an error with
 * its reason, not a silent default, so a misconfigured server is noticed.
 */
export function appConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ParsedConfig {
	const bulk = parseBoolean('TILE_BULK_DOWNLOAD', env.TILE_BULK_DOWNLOAD, DEFAULT_APP_CONFIG.tiles.bulkDownload);
	if (typeof bulk === 'string') return { ok: false, error: bulk };
	const radius = env.FAR_FROM_AGENCY_METRES?.trim();
	const candidate = {
		tiles: {
			urlTemplate: env.TILE_URL?.trim() || DEFAULT_TILE_URL,
			attribution: env.TILE_ATTRIBUTION?.trim() || DEFAULT_TILE_ATTRIBUTION,
			bulkDownload: bulk
		},
		farFromAgencyMetres: radius ? Number(radius) : DEFAULT_FAR_FROM_AGENCY_METRES
	};
	const parsed = AppConfigSchema.safeParse(candidate);
	return parsed.success ? { ok: true, config: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

export type BulkDownloadPermission = { allowed: true } | { allowed: false; reason: 'osm-policy' | 'not-allowed' };

/**
 * Downloading an area in advance is allowed only where the configuration says the tile server's
 * terms permit it, and never from the OpenStreetMap Foundation's servers whatever the setting says.
 */
export function bulkDownloadPermission(tiles: TileConfig): BulkDownloadPermission {
	const url = tileTemplateUrl(tiles.urlTemplate);
	if (!url || isOsmFoundationTileHost(url.hostname)) return { allowed: false, reason: 'osm-policy' };
	return tiles.bulkDownload ? { allowed: true } : { allowed: false, reason: 'not-allowed' };
}

/**
 * The tile server's origin (e.g. https://tile.openstreetmap.org), for a Content-Security-Policy's
 * img-src and connect-src. A {s} template gives the "a" host; its siblings need a wildcard there.
 */
export function tileOrigin(tiles: TileConfig): string | null {
	return tileTemplateUrl(tiles.urlTemplate)?.origin ?? null;
}
