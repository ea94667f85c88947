import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './support/api';
import { MAIN_NAV } from './support/app';
import { AppServer, TEST_PASSWORD } from './support/server';

// The admin pages on a phone-sized screen: server-rendered, plain forms, Vietnamese, accessible.

let server: AppServer;

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test.beforeAll(async () => {
	server = await AppServer.start();
});

test.afterAll(async () => {
	await server?.dispose();
});

async function signInAs(page: Page, username: string): Promise<void> {
	// page.request shares the page's cookies: the session applies to the pages that follow.
	const response = await page.request.post(server.url('/api/auth/login'), {
		data: { username, password: TEST_PASSWORD },
		headers: { origin: server.origin }
	});
	expect(response.status()).toBe(200);
}

async function expectFitsAndAccessible(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
	expect(blocking).toEqual([]);
}

test('an admin creates an inspector, makes them a supervisor of a commune, and locks the account', async ({ page }) => {
	await signInAs(page, ACCOUNTS.admin);
	await page.goto(server.url('/admin'));
	await expect(page.getByRole('heading', { level: 1, name: 'Quản lý tài khoản' })).toBeVisible();
	await expect(page.getByRole('list', { name: /Tài khoản/ }).getByRole('listitem')).toHaveCount(5);
	await expectFitsAndAccessible(page);

	await page.getByRole('link', { name: 'Tạo tài khoản mới' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' })).toBeVisible();
	await expectFitsAndAccessible(page);
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('thanhtra3');
	await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Đỗ Thị Hoa');
	await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
	// The browser's own minlength check stops it first; the server's rule is checked below.
	await expect(page).toHaveURL(/\/admin\/users\/new$/);
	await page.getByLabel('Mật khẩu ban đầu').fill('Tuyen-Quang-2026');
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản thanhtra3' })).toBeVisible();

	await page.getByRole('link', { name: 'Đỗ Thị Hoa' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đỗ Thị Hoa' })).toBeVisible();
	await expectFitsAndAccessible(page);
	// A supervisor without a jurisdiction is refused, with the reason.
	await page.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Người giám sát' });
	await page.getByRole('button', { name: 'Lưu vai trò' }).click();
	await expect(page.getByRole('alert')).toContainText('cần một cơ quan');
	await page.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Người giám sát' });
	await page.getByRole('combobox', { name: /Phạm vi phụ trách/ }).selectOption({ label: '— Xã Sơn Dương' });
	await page.getByRole('button', { name: 'Lưu vai trò' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu vai trò' })).toBeVisible();

	const login = () => page.request.post(server.url('/api/auth/login'), { data: { username: 'thanhtra3', password: 'Tuyen-Quang-2026' }, headers: { origin: server.origin } });
	const signedIn = await login();
	expect(((await signedIn.json()) as { user: { role: string; jurisdiction: { id: string } } }).user).toMatchObject({
		role: 'supervisor',
		jurisdiction: { id: 'xa-son-duong' }
	});
	// page.request now holds thanhtra3's session; sign the admin back in for the pages. The open page
	// may have checked its session meanwhile (as thanhtra3, and shown "401"): open it again as the admin.
	await signInAs(page, ACCOUNTS.admin);
	await page.reload();
	await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã khóa tài khoản' })).toBeVisible();
	expect((await login()).status()).toBe(401);
});

test('other roles are turned away from the admin pages', async ({ page }) => {
	await signInAs(page, ACCOUNTS.inspector);
	const response = await page.goto(server.url('/admin'));
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Chỉ quản trị viên được quản lý tài khoản.')).toBeVisible();
});

test('after signing in, a supervisor and an admin land on the review queue, and the admin reaches the accounts from the navigation', async ({ browser }) => {
	for (const username of [ACCOUNTS.communeSupervisor, ACCOUNTS.admin]) {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(server.url('/login'));
		await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
		await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		// Not the inspector's "Phiếu kiểm tra của tôi", which is no page of theirs.
		await expect(page.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' })).toBeVisible();
		await expect(page).toHaveURL(/\/review$/);
		const nav = page.getByRole('navigation', { name: MAIN_NAV });
		const accounts = nav.getByRole('link', { name: 'Tài khoản' });
		if (username === ACCOUNTS.admin) {
			await accounts.click();
			await expect(page.getByRole('heading', { level: 1, name: 'Quản lý tài khoản' })).toBeVisible();
			await expect(accounts).toHaveAttribute('aria-current', 'page');
			await expectFitsAndAccessible(page);
		} else {
			await expect(accounts).toHaveCount(0);
		}
		await context.close();
	}
});
