import { expect, request, test } from '@playwright/test';
import { MAIN_NAV } from './support/app';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { apiAs, expectNothingWaiting, finalizeShortInspection, group, openMyInspections, syncPanel } from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('session expired while offline: the inspection waits, the app asks to sign in, and it is sent after signing in again', async ({
	page,
	context
}) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	await server.stop();
	await context.setOffline(true);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);

	// Meanwhile the session ends on the server (as a logout elsewhere with the same cookie does).
	await server.start();
	const cookies = await context.cookies(server.origin);
	const sessionCookie = cookies.find((c) => c.name === 'vhcv_session');
	expect(sessionCookie).toBeDefined();
	const outside = await request.newContext({ baseURL: server.origin });
	const logout = await outside.post('/api/auth/logout', {
		headers: { origin: server.origin, cookie: `vhcv_session=${sessionCookie?.value ?? ''}`, 'content-type': 'application/json' },
		data: {}
	});
	expect(logout.status()).toBeLessThan(300);
	await outside.dispose();

	// The signal comes back: the app finds out and asks to sign in; nothing is lost.
	await context.setOffline(false);
	const panel = syncPanel(page);
	await expect(panel.getByRole('alert')).toContainText(/Phiên đăng nhập đã hết hạn.*đăng nhập lại để gửi/);
	await expect(group(page, 'Đã hoàn tất, chờ gửi').getByRole('heading')).toContainText('(1)');
	await expect(group(page, 'Đã hoàn tất, chờ gửi').getByText('Chờ gửi', { exact: true })).toBeVisible();
	const inspector = await apiAs(server.origin, server.origin, 'thanhtra1');
	expect((await inspector.get(`/api/inspections/${id}`)).status()).toBe(404);

	// Sign in again from the message: it is sent.
	await panel.getByRole('link', { name: 'Đăng nhập lại' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'đã hết hạn' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('thanhtra1');
	await page.getByLabel('Mật khẩu', { exact: true }).fill('Kiem-tra-thu-2025');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 15_000 });
	await expectNothingWaiting(page);
	await expect(panel.getByRole('alert')).toHaveCount(0);
	expect((await inspector.get(`/api/inspections/${id}`)).status()).toBe(200);
	await inspector.dispose();
});

test('another user on the same device neither sees nor sends the previous user’s queue; it is sent when that user signs in again', async ({
	page,
	context
}) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// thanhtra1 finalizes with the server down and signs out (offline: the device forgets the session).
	await server.stop();
	await context.setOffline(true);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Cài đặt' }).click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();

	// With the server up, thanhtra2 signs in on the same device.
	await server.start();
	await context.setOffline(false);
	await signIn(page, 'thanhtra2');
	await openMyInspections(page);
	await expectNothingWaiting(page);
	await expect(page.getByRole('main').getByText('Sở Nội vụ')).toHaveCount(0);
	for (const title of ['Đang làm', 'Đã hoàn tất, chờ gửi', 'Đã gửi']) {
		await expect(group(page, title).getByRole('heading')).toContainText('(0)');
	}
	// Several syncs as thanhtra2 ("Gửi ngay", a reload): nothing of thanhtra1's reaches the server.
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	await expectNothingWaiting(page);
	await page.reload();
	await expectNothingWaiting(page);
	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	expect((await supervisor.get(`/api/inspections/${id}`)).status()).toBe(404);
	expect(((await (await supervisor.get('/api/inspections')).json()) as { items: unknown[] }).items).toHaveLength(0);

	// thanhtra1 again: the queue is there and goes out.
	await page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Cài đặt' }).click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
	await signIn(page, 'thanhtra1');
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 15_000 });
	await expectNothingWaiting(page);
	const stored = (await (await supervisor.get(`/api/inspections/${id}`)).json()) as { submission: { revision: number } };
	expect(stored.submission.revision).toBe(1);
	await supervisor.dispose();
});
