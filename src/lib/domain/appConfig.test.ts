import { describe, expect, it } from 'vitest';
import { AppConfigSchema, appConfigFromEnv, bulkDownloadPermission, DEFAULT_APP_CONFIG, tileOrigin } from './appConfig';

describe('appConfigFromEnv', () => {
	it('takes the defaults when nothing is set: OpenStreetMap tiles, no bulk download, 500 m', () => {
		const parsed = appConfigFromEnv({});
		expect(parsed).toEqual({ ok: true, config: DEFAULT_APP_CONFIG });
		expect(DEFAULT_APP_CONFIG.tiles).toEqual({
			urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
			attribution: '© OpenStreetMap contributors',
			bulkDownload: false
		});
		expect(DEFAULT_APP_CONFIG.farFromAgencyMetres).toBe(500);
	});

	it('reads every variable', () => {
		const parsed = appConfigFromEnv({
			TILE_URL: 'https://tiles.tuyenquang.gov.vn/{z}/{x}/{y}.png',
			TILE_ATTRIBUTION: '© Sở Nông nghiệp và Môi trường',
			TILE_BULK_DOWNLOAD: 'true',
			FAR_FROM_AGENCY_METRES: '800'
		});
		expect(parsed).toEqual({
			ok: true,
			config: {
				tiles: { urlTemplate: 'https://tiles.tuyenquang.gov.vn/{z}/{x}/{y}.png', attribution: '© Sở Nông nghiệp và Môi trường', bulkDownload: true },
				farFromAgencyMetres: 800
			}
		});
	});

	it('refuses wrong values with a reason instead of guessing', () => {
		expect(appConfigFromEnv({ TILE_URL: 'tiles/{z}/{x}/{y}.png' }).ok).toBe(false);
		expect(appConfigFromEnv({ TILE_URL: 'https://example.vn/{z}/{x}.png' }).ok).toBe(false);
		expect(appConfigFromEnv({ TILE_URL: 'ftp://example.vn/{z}/{x}/{y}.png' }).ok).toBe(false);
		const bulk = appConfigFromEnv({ TILE_BULK_DOWNLOAD: 'maybe' });
		expect(bulk).toEqual({ ok: false, error: expect.stringContaining('TILE_BULK_DOWNLOAD') });
		expect(appConfigFromEnv({ FAR_FROM_AGENCY_METRES: 'far' }).ok).toBe(false);
		expect(appConfigFromEnv({ FAR_FROM_AGENCY_METRES: '-5' }).ok).toBe(false);
	});

	it('produces what the schema accepts (the client parses the same shape)', () => {
		expect(AppConfigSchema.safeParse(DEFAULT_APP_CONFIG).success).toBe(true);
		expect(AppConfigSchema.safeParse({ ...DEFAULT_APP_CONFIG, farFromAgencyMetres: 0 }).success).toBe(false);
	});
});

describe('bulkDownloadPermission', () => {
	const tiles = (urlTemplate: string, bulkDownload: boolean) => ({ urlTemplate, attribution: '', bulkDownload });

	it('refuses tile.openstreetmap.org even when the setting says yes (its usage policy)', () => {
		expect(bulkDownloadPermission(tiles('https://tile.openstreetmap.org/{z}/{x}/{y}.png', true))).toEqual({ allowed: false, reason: 'osm-policy' });
		expect(bulkDownloadPermission(tiles('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', true))).toEqual({ allowed: false, reason: 'osm-policy' });
	});

	it('allows another server only when configured so', () => {
		expect(bulkDownloadPermission(tiles('https://tiles.example.vn/{z}/{x}/{y}.png', false))).toEqual({ allowed: false, reason: 'not-allowed' });
		expect(bulkDownloadPermission(tiles('https://tiles.example.vn/{z}/{x}/{y}.png', true))).toEqual({ allowed: true });
	});
});

describe('tileOrigin', () => {
	it('gives the origin a Content-Security-Policy needs', () => {
		expect(tileOrigin(DEFAULT_APP_CONFIG.tiles)).toBe('https://tile.openstreetmap.org');
		expect(tileOrigin({ urlTemplate: 'http://127.0.0.1:8123/{z}/{x}/{y}.png', attribution: '', bulkDownload: false })).toBe('http://127.0.0.1:8123');
	});
});
