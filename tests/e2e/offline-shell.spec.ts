import { expect, test, chromium, type BrowserContext, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { expectAppShown } from './support/app';
import { ensureSignedIn } from './support/session';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';

// Every inspector page must open with no server at all: the worker answers any navigation with
// the precached shell and the client router renders the URL from code already on the device.
const PAGES = [
	'/',
	'/inspections/new',
	'/settings',
	'/templates',
	// A deep link to a draft that exists only on some device: the shell must still boot the route.
	'/inspections/0190a6b2-0000-7000-8000-000000000000'
];

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.stop();
});

async function installOnline(page: Page): Promise<void> {
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await expectAppShown(page);
	await waitForServiceWorker(page);
}

async function expectServerDown(): Promise<void> {
	await expect(fetch(server.url('/app-shell'))).rejects.toThrow();
}

async function expectEveryPageOpens(context: BrowserContext): Promise<void> {
	for (const path of PAGES) {
		await test.step(`cold start at ${path}`, async () => {
			const tab = await context.newPage();
			const response = await tab.goto(server.url(path));
			expect(response?.fromServiceWorker(), `${path} answered by the service worker`).toBe(true);
			expect(response?.ok()).toBe(true);
			// The cached shell keeps the server's security headers, offline too.
			const headers = response?.headers() ?? {};
			expect(headers['content-security-policy'] ?? '').toContain("frame-ancestors 'none'");
			expect(headers['x-content-type-options']).toBe('nosniff');
			await expectAppShown(tab);
			expect(new URL(tab.url()).pathname).toBe(path);
			await tab.close();
		});
	}
}

test('every inspector page opens in a new tab after the server has stopped', async ({ context, page }) => {
	await installOnline(page);
	await server.stop();
	await expectServerDown();
	// A new tab with nothing in memory: only the worker's caches can answer.
	await page.close();
	await expectEveryPageOpens(context);
});

test('a first install cut short by the network is tried again without a reload, and then the app opens offline', async ({ context, page }) => {
	// On a weak first connection one precache download fails; the whole install fails with it and
	// the browser drops the registration. Here the app shell's download is cut until released.
	let cut = true;
	let refused = 0;
	await context.route('**/app-shell', async (route) => {
		if (!cut) return route.fallback();
		refused += 1;
		return route.abort('connectionreset');
	});
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await expectAppShown(page);
	await expect.poll(() => refused, { message: 'the worker tried to precache the app shell' }).toBeGreaterThan(0);
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), { message: 'the failed install left no registration' })
		.toBe(true);

	// The signal is good again; the inspector moves to another page (no reload): the app registers afresh.
	cut = false;
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Mẫu phiếu' }).click();
	await waitForServiceWorker(page);
	await server.stop();
	await expectServerDown();
	await page.close();
	await expectEveryPageOpens(context);
});

test('every inspector page opens after the browser itself restarts offline', async () => {
	// Service workers and caches live in the browser profile, so a persistent profile lets us quit
	// the browser (as a phone does with a backgrounded app) and start it again with no server.
	// Same browser and settings as every other test (playwright.config.ts).
	const profile = test.info().outputPath('profile');
	const options = {
		...config.use?.launchOptions,
		serviceWorkers: 'allow' as const,
		locale: config.use?.locale ?? 'vi-VN',
		timezoneId: config.use?.timezoneId ?? 'Asia/Ho_Chi_Minh'
	};
	const first = await chromium.launchPersistentContext(profile, options);
	try {
		const page = first.pages()[0] ?? (await first.newPage());
		await installOnline(page);
		// Chromium writes the activated registration to the profile's database a moment later;
		// quitting at once (measured here) can lose it. No page-visible signal marks the write.
		await page.waitForTimeout(1_500);
	} finally {
		await first.close();
	}
	await server.stop();
	await expectServerDown();

	const second = await chromium.launchPersistentContext(profile, options);
	try {
		await expectEveryPageOpens(second);
	} finally {
		await second.close();
	}
});

test('the web app manifest is valid, in Vietnamese, and its icons load', async ({ page, request }) => {
	await page.goto(server.url('/'));
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');

	const response = await request.get(server.url('/manifest.webmanifest'));
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
	const manifest = (await response.json()) as {
		name: string;
		short_name: string;
		lang: string;
		start_url: string;
		scope: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; type: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({
		name: 'Kiểm tra văn hóa công vụ',
		short_name: 'VHCV',
		lang: 'vi',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: '#8b1a1a',
		background_color: '#ffffff'
	});

	const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
	expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	expect(manifest.icons.some((icon) => icon.type === 'image/svg+xml')).toBe(true);
	for (const icon of manifest.icons) {
		const image = await request.get(server.url(icon.src));
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type'], icon.src).toContain(icon.type);
		if (icon.type === 'image/png') {
			// PNG IHDR: width and height are big-endian 32-bit integers at bytes 16 and 20.
			const bytes = await image.body();
			const [width, height] = icon.sizes.split('x').map(Number);
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], icon.src).toEqual([width, height]);
		}
	}

	// Chromium's own parser: the manifest the browser would install from, with no parse errors.
	const cdp = await page.context().newCDPSession(page);
	const parsed = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
	expect(parsed.url).toBe(server.url('/manifest.webmanifest'));
	expect(parsed.errors).toEqual([]);
});
