import { expect, test, type Page } from '@playwright/test';
import { startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { waitForServerSettingsOnDevice } from './support/settings';
import { TileServer } from './support/tileServer';

// The Content-Security-Policy must not break the app: the first load (the server's header), every
// later navigation (the service worker's cached shell with its <meta> policy), the map with tiles
// from the configured tile server, the photo worker and its blob: thumbnails. The browser reports
// every blocked load or script as a `securitypolicyviolation` event; there must be none.

let tiles: TileServer;
let server: AppServer;

test.beforeAll(async () => {
	tiles = await TileServer.start();
	server = await AppServer.start(undefined, { TILE_URL: tiles.urlTemplate });
});

test.afterAll(async () => {
	await server?.dispose();
	await tiles?.stop();
});

/** Violations recorded in every document of the page (the listener is added before any script runs). */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test('no CSP violation on first load, from the cached shell, on the map and with photos', async ({ page, context }) => {
	const violations = await recordViolations(page);
	const response = await page.goto(server.url('/'));
	expect(response?.headers()['content-security-policy']).toContain(`img-src 'self' data: blob: ${new URL(tiles.urlTemplate.replace(/\{[a-z]\}/g, '0')).origin}`);
	await waitForServiceWorker(page);
	expect(await violations()).toEqual([]);

	await waitForCatalogOnDevice(page);
	await context.grantPermissions(['geolocation'], { origin: server.origin });
	await context.setGeolocation({ latitude: 21.8222, longitude: 105.2155, accuracy: 4 });
	await startInspection(page, 'so noi vu', 'Sở Nội vụ');
	// The map draws the configured tile server (the only one the policy allows) once the server's
	// settings are on the device.
	await waitForServerSettingsOnDevice(page, tiles.urlTemplate);

	// Served by the worker from the cached shell: the <meta> policy applies now.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();
	const location = page.getByRole('region', { name: 'Vị trí kiểm tra', exact: true });
	await location.getByText('Bản đồ và đặt vị trí thủ công').click();
	const map = page.getByRole('region', { name: 'Bản đồ vị trí kiểm tra và trụ sở cơ quan' });
	await expect.poll(() => map.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);

	const general = page.getByRole('region', { name: 'Ảnh chung' });
	await general.getByLabel('Chọn ảnh có sẵn').setInputFiles('tests/fixtures/photos/sony-rx100m4-12mp-no-exif.jpg');
	await expect(general.getByRole('img').first()).toBeVisible({ timeout: 20_000 });
	await expect.poll(() => general.getByRole('img').first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

	expect(await violations()).toEqual([]);
});
