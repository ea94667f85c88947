import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn as apiSignIn } from './support/api';
import { expectAppShown, MAIN_NAV } from './support/app';
import { answerCompliant, itemCards, startInspection } from './support/inspection';
import { AppServer, TEST_PASSWORD } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';

// Issue 17: a first sign-in on a slow link tells the inspector when the phone can work offline,
// keeps trying while it cannot, and the sign-in form works before the app's script has arrived.

const READY = 'Sẵn sàng làm việc không có mạng';
const NOT_READY = 'Chưa sẵn sàng làm việc không có mạng.';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.stop();
});

test('signed in on a slow 3G link, the home page says when the phone is ready offline, and then it works with no server', async ({ context }) => {
	test.setTimeout(240_000);
	const page = await context.newPage();
	// DevTools' slow 3G for the page: 400 ms round trip, 400 kbit/s each way.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });

	await page.goto(server.url('/login'));
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(ACCOUNTS.inspector);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(READY, { exact: true })).toBeVisible({ timeout: 120_000 });
	await page.close();

	// Out of coverage: the server is gone.
	await server.stop();
	const offline = await context.newPage();
	await offline.goto(server.url('/'));
	await expectAppShown(offline);
	await expect(offline.getByText(READY, { exact: true })).toBeVisible();
	await startInspection(offline, 'so noi vu', 'Sở Nội vụ');
	await offline.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption({ index: 1 });
	expect(await answerCompliant(itemCards(offline).first())).toBe(true);
	await expect(offline.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
});

test('while the catalog cannot be downloaded, the home page says the phone is not ready and keeps trying until it is', async ({ context, page }) => {
	test.setTimeout(180_000);
	let pulls = 0;
	// On the context: once the service worker controls the page, the page's requests go through it.
	await context.route('**/api/sync/pull**', (route) => {
		pulls++;
		return route.abort('connectionreset');
	});
	await page.goto(server.url('/login'));
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(ACCOUNTS.inspector);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByText(NOT_READY, { exact: true })).toBeVisible();
	await expect(page.getByText('Đang tải danh mục cơ quan và mẫu phiếu')).toBeVisible();
	await expect(page.getByText(/ứng dụng đang tự thử lại/)).toBeVisible({ timeout: 30_000 });
	const failedSoFar = pulls;
	expect(failedSoFar).toBeGreaterThan(0);

	// The connection comes back: no tap needed.
	await context.unroute('**/api/sync/pull**');
	await expect(page.getByText(READY, { exact: true })).toBeVisible({ timeout: 90_000 });
	await expect(page.getByText(NOT_READY, { exact: true })).toHaveCount(0);
});

test('the worker takes control of a page that was still opening when it activated', async ({ context, page }) => {
	test.setTimeout(120_000);
	// The first visit starts the install; the sign-in page is asked for at once, and its answer is
	// held until the worker is active. The worker's own clients.claim() skips a page still loading.
	await page.goto(server.url('/'));
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/login', async (route) => {
		if (route.request().isNavigationRequest()) await released;
		await route.continue();
	});
	const opening = page.goto(server.url('/login'));
	const other = await context.newPage();
	await other.goto(server.url('/manifest.webmanifest'));
	await expect
		.poll(() => other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null), { timeout: 90_000 })
		.toBe('activated');
	release();
	await opening;
	await page.unroute('**/login');

	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(ACCOUNTS.inspector);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible({ timeout: 30_000 });
	// Without the page's request to be claimed it stayed uncontrolled until a reload.
	await waitForServiceWorker(page, 15_000);
});

test.describe('before the script', () => {
	// No worker here: once installed it would answer the page's script itself (the route below holds
	// only the network), and the page would go on before the test has looked at the server's answer.
	test.use({ serviceWorkers: 'block' });

	test('a tap before the script has arrived signs in with the plain form, and the device key is still registered', async ({ page }) => {
		test.setTimeout(120_000);
		// The application's JavaScript is held back until released: the sign-in page must work without it.
		let release: () => void = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await released;
			await route.continue().catch(() => {});
		});

		await page.goto(server.url('/login?next=%2Ftemplates'), { waitUntil: 'commit' });
		const username = page.getByRole('textbox', { name: 'Tên đăng nhập' });
		await username.fill(ACCOUNTS.inspector);
		await page.getByLabel('Mật khẩu', { exact: true }).fill('not the password');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		// Answered by the server, still without the script: the same words as the scripted sign-in.
		await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu.');
		await expect(username).toHaveValue(ACCOUNTS.inspector);

		await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		// Signed in by the server; the page that finishes it waits for its script.
		await expect(page).toHaveURL(/\/login\?signed-in=1&next=%2Ftemplates$/);

		// The script arrives: it keeps the account on the device, registers the key and goes on to ?next=.
		release();
		await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible({ timeout: 30_000 });
		await expect(page).toHaveURL(/\/templates$/);

		const admin = await apiSignIn(server, ACCOUNTS.admin);
		const users = (await (await admin.api.get('/api/admin/users')).json()) as { users: { id: string; username: string }[] };
		const inspector = users.users.find((u) => u.username === ACCOUNTS.inspector);
		const account = (await (await admin.api.get(`/api/admin/users/${inspector?.id}`)).json()) as { devices: { revokedAt: string | null }[] };
		expect(account.devices.filter((d) => d.revokedAt === null)).toHaveLength(1);
		await admin.api.dispose();
	});
});
