import { expect, test } from '@playwright/test';
import { wordsBrokenInside } from './support/app';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { apiAs, finalizeShortInspection, group, openMyInspections, syncPanel } from './support/sync';

// What the inspector's phone says about an inspection while sync and the supervisor act on it.
let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the summary open after finalizing says "sent" once the server has the inspection, with no reload', async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	// Still on the summary: the inspection is sent by itself, and the page must say so.
	await expect(page.getByText(/Máy chủ đã nhận lúc/)).toBeVisible({ timeout: 20_000 });
	const facts = page.getByRole('definition').filter({ hasText: /· lần 1$/ });
	await expect(facts.getByText('Đã gửi', { exact: true })).toBeVisible();
	await expect(page.getByText(/đang chờ gửi/)).toHaveCount(0);
});

test('while a returned inspection is corrected, the supervisor’s overall comment stays on the form', async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });

	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	const returned = await supervisor.post(`/api/review/${id}`, { data: { action: 'return', comment: 'Bổ sung ảnh chung về trụ sở' } });
	expect(returned.status(), await returned.text()).toBe(200);
	await supervisor.dispose();

	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	const back = group(page, 'Bị trả lại, cần sửa');
	await expect(back.getByRole('heading')).toContainText('(1)', { timeout: 20_000 });
	await back.getByRole('link', { name: /Sở Nội vụ/ }).click();
	const notice = page.getByRole('region', { name: 'Người giám sát trả lại phiếu để sửa' });
	await expect(notice.getByText('Bổ sung ảnh chung về trụ sở')).toBeVisible();

	await notice.getByRole('button', { name: 'Sửa và gửi lại' }).click();
	await expect(page.getByText('Đang làm', { exact: true }).first()).toBeVisible();
	// Revision 2 is being written: the comment that says what to correct is still there, without the button.
	await expect(notice.getByText('Bổ sung ảnh chung về trụ sở')).toBeVisible();
	await expect(notice.getByRole('button', { name: 'Sửa và gửi lại' })).toHaveCount(0);
	await page.reload();
	await expect(notice.getByText('Bổ sung ảnh chung về trụ sở')).toBeVisible();
});

test('on site with no network, the printed record leads back to the summary of the inspection waiting to be sent', async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	await server.stop();

	await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await expect(page.getByText(/đang chờ gửi/)).toBeVisible();
	await page.getByRole('link', { name: 'In biên bản' }).click();
	await expect(page.getByRole('heading', { name: 'BIÊN BẢN KIỂM TRA VĂN HÓA CÔNG VỤ' })).toBeVisible();
	const back = page.getByRole('link', { name: '‹ Quay lại' });
	expect((await back.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
	await back.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
});

test('a return reaches a phone that is open on the screen, with no tap, and a second tab of the app follows', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });
	// A second tab of the app on the same phone.
	const second = await page.context().newPage();
	await second.goto(server.url('/'));
	await expect(group(second, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });
	const pulls: string[] = [];
	for (const tab of [page, second]) tab.on('request', (r) => r.url().includes('/api/sync/pull') && pulls.push(r.url()));

	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	const returned = await supervisor.post(`/api/review/${id}`, { data: { action: 'return', comment: 'Bổ sung biên bản họp' } });
	expect(returned.status(), await returned.text()).toBe(200);
	await supervisor.dispose();

	// Nobody touches either phone: the app checks for news by itself while it is on screen.
	await page.bringToFront();
	await expect(group(page, 'Bị trả lại, cần sửa').getByRole('heading')).toContainText('(1)', { timeout: 45_000 });
	await expect(group(second, 'Bị trả lại, cần sửa').getByRole('heading')).toContainText('(1)', { timeout: 10_000 });
	expect(pulls.length).toBeGreaterThan(0);
	await second.close();
});

test('on a 360 px phone the finalized summary breaks no word inside ("Nguyễ|n Văn An", "06/12/|2026")', async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await expect(page.getByText('Mã niêm phong (SHA-256)')).toBeVisible();
	expect(await wordsBrokenInside(page)).toEqual([]);
	await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
	await expect(page.getByText('Seal (SHA-256)')).toBeVisible();
	expect(await wordsBrokenInside(page)).toEqual([]);
});
