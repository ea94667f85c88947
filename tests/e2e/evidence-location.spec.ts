import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { waitForServerSettingsOnDevice } from './support/settings';
import { TileServer } from './support/tileServer';

/**
 * Location evidence on the form's "Thông tin chung" step: GPS at the agency and 3 km away, a point
 * placed by hand, and the map with a LOCAL tile server (viewed tiles cached; with no tiles at all
 * the map still shows points, distance and coordinates).
 */

/** Sở Nội vụ's registered location (src/lib/content/agencies.ts). */
const SO_NOI_VU = { latitude: 21.8221, longitude: 105.2155 };
/** 0.0279° further north: about 3.1 km. */
const THREE_KM_NORTH = { latitude: SO_NOI_VU.latitude + 0.0279, longitude: SO_NOI_VU.longitude };
const MAP_NAME = 'Bản đồ vị trí kiểm tra và trụ sở cơ quan';
const MAP_SUMMARY = 'Bản đồ và đặt vị trí thủ công';
const TILE_CACHE = 'vhcv-map-tiles';

let tiles: TileServer;
let server: AppServer;

test.beforeAll(async () => {
	tiles = await TileServer.start();
	server = await AppServer.start(undefined, { TILE_URL: tiles.urlTemplate, TILE_ATTRIBUTION: '© Bản đồ thử nghiệm' });
});

test.afterAll(async () => {
	await server.stop();
	await tiles.stop();
});

test.beforeEach(async () => {
	await tiles.start();
});

/** The app must never throw, whatever the network does. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function openNewInspection(page: Page, app: AppServer = server): Promise<void> {
	await page.goto(app.url('/'));
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'so noi vu', 'Sở Nội vụ');
	// The map draws the tile server the server names: its settings have reached the device.
	const settings = (await (await fetch(app.url('/api/config'))).json()) as { tiles: { urlTemplate: string } };
	await waitForServerSettingsOnDevice(page, settings.tiles.urlTemplate);
}

async function useGps(context: BrowserContext, at: { latitude: number; longitude: number }, accuracy: number): Promise<void> {
	await context.grantPermissions(['geolocation'], { origin: server.origin });
	await context.setGeolocation({ ...at, accuracy });
}

function locationSection(page: Page) {
	return page.getByRole('region', { name: 'Vị trí kiểm tra', exact: true });
}

async function openMap(page: Page) {
	await locationSection(page).getByText(MAP_SUMMARY).click();
	const map = page.getByRole('region', { name: MAP_NAME });
	await expect(map).toBeVisible();
	return map;
}

async function cachedTileCount(page: Page): Promise<number> {
	return page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, TILE_CACHE);
}

test('GPS at the agency is accepted by itself: small distance, no flag; viewed tiles are cached for offline', async ({ page, context }) => {
	const errors = collectErrors(page);
	await useGps(context, { latitude: SO_NOI_VU.latitude + 0.0001, longitude: SO_NOI_VU.longitude }, 4);
	await openNewInspection(page);
	const section = locationSection(page);
	await expect(section.getByText('Chưa ghi vị trí kiểm tra.')).toBeVisible();

	await section.getByRole('button', { name: 'Lấy vị trí GPS' }).click();
	// 4 m is within the 5 m rule: saved without asking.
	await expect(section.getByRole('status').filter({ hasText: 'Đã lưu vị trí GPS.' })).toBeVisible();
	await expect(section.getByText(/^Cách trụ sở \d+ m$/)).toHaveText('Cách trụ sở 11 m');
	await expect(section.getByText('21.82220, 105.21550')).toBeVisible();
	await expect(section.getByText('± 4 m')).toBeVisible();
	await expect(section.getByText(/Xa trụ sở/)).toHaveCount(0);
	await expect(section.getByRole('list', { name: 'Lưu ý về vị trí' })).toHaveCount(0);

	const map = await openMap(page);
	await expect(map.getByRole('img', { name: 'Vị trí kiểm tra' })).toBeVisible();
	await expect(map.getByText('Trụ sở', { exact: true })).toBeVisible();
	await expect(map.getByText('© Bản đồ thử nghiệm')).toBeVisible();
	// The configured (local) tile server is the one used, and what was seen is kept by the worker.
	await expect.poll(() => tiles.tilesServed).toBeGreaterThan(0);
	await expect.poll(() => cachedTileCount(page)).toBeGreaterThan(0);
	// Not bulk-downloadable here: the button says why.
	await expect(page.getByRole('button', { name: 'Tải khu vực này để dùng offline' })).toBeDisabled();
	await expect(page.getByText(/không cho phép tải hàng loạt/)).toBeVisible();

	// Tile server gone: the same view comes from the worker's cache.
	await tiles.stop();
	await page.reload();
	await expect(section.getByText('Cách trụ sở 11 m')).toBeVisible();
	const offlineMap = await openMap(page);
	await expect.poll(() => offlineMap.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});

test('GPS 3 km away with poor accuracy: warned, saved anyway, "far from the agency" shown here and on the summary', async ({ page, context }) => {
	await useGps(context, THREE_KM_NORTH, 150);
	await openNewInspection(page);
	const section = locationSection(page);
	await section.getByRole('button', { name: 'Lấy vị trí GPS' }).click();
	await expect(section.getByText('± 150 m')).toBeVisible();
	await expect(section.getByRole('status').filter({ hasText: /Độ chính xác kém/ })).toBeVisible();
	// Not taken by itself above 5 m: the inspector decides.
	await expect(section.getByText('Chưa ghi vị trí kiểm tra.')).toBeVisible();
	await section.getByRole('button', { name: 'Lưu vị trí này' }).click();

	await expect(section.getByText('Cách trụ sở 3,1 km')).toBeVisible();
	const flags = section.getByRole('list', { name: 'Lưu ý về vị trí' });
	await expect(flags.getByRole('listitem')).toHaveText(['Độ chính xác kém (trên 100 m)', 'Xa trụ sở cơ quan (hơn 500 m)']);

	const map = await openMap(page);
	await expect(map.getByText('Cách trụ sở 3,1 km')).toBeVisible();

	// Kept on the device and shown on the summary.
	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
	const summary = locationSection(page);
	await expect(summary.getByText('Cách trụ sở 3,1 km')).toBeVisible();
	await expect(summary.getByText('Xa trụ sở cơ quan (hơn 500 m)')).toBeVisible();
	await expect(summary.getByRole('button', { name: 'Lấy vị trí GPS' })).toHaveCount(0);
});

test('a point placed on the map or typed in is recorded as manual', async ({ page }) => {
	await openNewInspection(page);
	const section = locationSection(page);
	const map = await openMap(page);
	const place = section.getByRole('button', { name: 'Đặt vị trí trên bản đồ' });
	await place.click();
	await expect(place).toHaveAttribute('aria-pressed', 'true');
	await map.click({ position: { x: 60, y: 200 } });
	await expect(place).toHaveAttribute('aria-pressed', 'false');
	await expect(section.getByText(/^Đặt thủ công · /)).toBeVisible();
	await expect(section.getByText('Không có (đặt thủ công)')).toBeVisible();
	await expect(section.getByRole('list', { name: 'Lưu ý về vị trí' }).getByRole('listitem')).toHaveText(['Vị trí đặt thủ công, không phải GPS']);
	await expect(map.getByRole('img', { name: 'Vị trí kiểm tra' })).toBeVisible();

	// The keyboard way: type the coordinates (a decimal comma is fine).
	await section.getByRole('textbox', { name: /Vĩ độ/ }).fill('21,8300');
	await section.getByRole('textbox', { name: /Kinh độ/ }).fill('105.2155');
	await section.getByRole('button', { name: 'Lưu tọa độ đã nhập' }).click();
	await expect(section.getByText('21.83000, 105.21550')).toBeVisible();
	await expect(section.getByRole('list', { name: 'Lưu ý về vị trí' }).getByRole('listitem')).toHaveText([
		'Vị trí đặt thủ công, không phải GPS',
		'Xa trụ sở cơ quan (hơn 500 m)'
	]);

	await page.reload();
	await expect(section.getByText('21.83000, 105.21550')).toBeVisible();
	await expect(section.getByText(/^Đặt thủ công · /)).toBeVisible();
});

test('with the tile server stopped and no cached tiles the map still shows points, distance and coordinates', async ({ page, context }) => {
	const errors = collectErrors(page);
	await tiles.stop();
	await useGps(context, THREE_KM_NORTH, 3);
	await openNewInspection(page);
	const section = locationSection(page);
	await section.getByRole('button', { name: 'Lấy vị trí GPS' }).click();
	await expect(section.getByText('Cách trụ sở 3,1 km')).toBeVisible();
	await expect(section.getByText('21.85000, 105.21550')).toBeVisible();
	expect(await cachedTileCount(page)).toBe(0);

	const map = await openMap(page);
	await expect(map.getByRole('img', { name: 'Vị trí kiểm tra' })).toBeVisible();
	await expect(map.getByText('Trụ sở', { exact: true })).toBeVisible();
	await expect(map.getByText('Cách trụ sở 3,1 km')).toBeVisible();
	await expect(page.getByText(/Chưa tải được nền bản đồ/)).toBeVisible();
	await expect(map.locator('img.leaflet-tile-loaded')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('"download this area" is refused for tile.openstreetmap.org, with the reason, whatever the setting says', async ({ page, context }) => {
	// No request may reach OpenStreetMap's servers from a test.
	await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
	const osm = await AppServer.start(undefined, { TILE_BULK_DOWNLOAD: 'true' });
	try {
		await openNewInspection(page, osm);
		await openMap(page);
		await expect(page.getByRole('button', { name: 'Tải khu vực này để dùng offline' })).toBeDisabled();
		await expect(page.getByText(/quy định sử dụng của họ cấm tải hàng loạt, kể cả để dùng offline/)).toBeVisible();
	} finally {
		await osm.stop();
	}
});

test('"download this area" on a tile server that allows it stores the visible area for offline use', async ({ page }) => {
	const bulk = await AppServer.start(undefined, { TILE_URL: tiles.urlTemplate, TILE_BULK_DOWNLOAD: 'true' });
	try {
		await openNewInspection(page, bulk);
		const map = await openMap(page);
		await expect.poll(() => map.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
		const before = tiles.tilesServed;
		const download = page.getByRole('button', { name: 'Tải khu vực này để dùng offline' });
		await expect(download).toBeEnabled();
		await download.click();
		const done = page.getByRole('status').filter({ hasText: /^Đã lưu \d+ ô bản đồ để dùng offline\.$/ });
		await expect(done).toBeVisible({ timeout: 30_000 });
		const saved = Number(/(\d+)/.exec(await done.innerText())?.[1]);
		// Three zoom levels of the visible area; tiles already viewed come from the cache.
		expect(saved).toBeGreaterThan(10);
		expect(tiles.tilesServed - before).toBeGreaterThan(0);
		expect(tiles.tilesServed - before).toBeLessThanOrEqual(saved);
		await expect.poll(() => cachedTileCount(page)).toBeGreaterThanOrEqual(saved);
	} finally {
		await bulk.stop();
	}
});
