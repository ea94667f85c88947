import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { signIn } from './support/session';
import { finalizeShortInspection, group, openMyInspections } from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('supervisor pages: axe finds nothing serious or critical, no sideways scrolling at 360 px, and offline is said plainly', async ({ page, browser }) => {
	test.setTimeout(90_000);
	// One real inspection so the detail page has content.
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });

	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const sup = await context.newPage();
	await sup.goto(server.url('/'));
	await signIn(sup, 'giamsat.tinh');
	const pages: [string, string][] = [
		['/review', 'Hàng chờ duyệt'],
		['/review?hasViolations=false&sort=agency', 'Hàng chờ duyệt'],
		[`/review/${id}`, 'Sở Nội vụ'],
		['/recommendations', 'Kiến nghị'],
		['/stats', 'Thống kê']
	];
	for (const width of [1280, 360]) {
		await sup.setViewportSize({ width, height: 800 });
		for (const [path, heading] of pages) {
			await sup.goto(server.url(path));
			await expect(sup.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			const results = await new AxeBuilder({ page: sup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			const serious = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(serious, `${path} at ${width} px`).toEqual([]);
			const overflow = await sup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
		}
	}
	// Each data table says what its rows are.
	await sup.goto(server.url('/stats'));
	const byTheme = sup.getByRole('table', { name: 'Tỉ lệ đạt theo chủ đề' });
	await sup.getByText('Bảng số liệu').first().click();
	await expect(byTheme.getByRole('columnheader')).toHaveText(['Chủ đề', 'Tỉ lệ đạt', 'Đạt', 'Vi phạm']);

	// The filters are in the URL: the queue opened from a shared link shows them applied.
	await sup.goto(server.url('/review?hasViolations=false'));
	await expect(sup.getByRole('combobox', { name: 'Vi phạm', exact: true })).toHaveValue('false');
	// The exports hold what the page shows: it opens on what waits for review.
	await expect(sup.getByRole('link', { name: 'Xuất CSV biên bản' })).toHaveAttribute('href', '/api/export/inspections.csv?status=sent&hasViolations=false');

	// The CSV button downloads the filtered inspections: UTF-8 with BOM, Vietnamese intact.
	const [download] = await Promise.all([sup.waitForEvent('download'), sup.getByRole('link', { name: 'Xuất CSV biên bản' }).click()]);
	const bytes = (await import('node:fs')).readFileSync((await download.path()) as string);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain('Sở Nội vụ');
	// The Excel button: the same filtered rows, a workbook (a zip, "PK") Excel opens without a separator question.
	await expect(sup.getByRole('link', { name: 'Xuất Excel phát hiện' })).toHaveAttribute('href', '/api/export/findings.xlsx?status=sent&hasViolations=false');
	const [workbook] = await Promise.all([sup.waitForEvent('download'), sup.getByRole('link', { name: 'Xuất Excel biên bản' }).click()]);
	expect(workbook.suggestedFilename()).toMatch(/^inspections-\d{4}-\d{2}-\d{2}\.xlsx$/);
	expect((await import('node:fs')).readFileSync((await workbook.path()) as string).subarray(0, 2).toString()).toBe('PK');

	// Online pages: offline, a plain message instead of a failure.
	await context.setOffline(true);
	await sup.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thống kê' }).click();
	await expect(sup.getByRole('alert').filter({ hasText: 'Đang ngoại tuyến' }).first()).toBeVisible();
	await context.close();
});

test("a commune supervisor's agency filter offers only their jurisdiction (an agency outside it would always show nothing)", async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'giamsat.xa');
	await waitForCatalogOnDevice(page);
	for (const path of ['/review', '/recommendations', '/stats']) {
		await page.goto(server.url(path));
		const search = page.getByRole('searchbox', { name: 'Cơ quan (gồm đơn vị trực thuộc)' });
		const found = page.getByRole('list', { name: 'Cơ quan tìm thấy' }).getByRole('button');
		await search.fill('son duong');
		await expect(found.filter({ hasText: /^Xã Sơn Dương/ })).toBeVisible();
		await search.fill('so noi vu');
		await expect(found).toHaveCount(0);
	}
});

test('a queue page past the last one says so and leads to the last page', async ({ page }) => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const item = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' } });
	const pushed = await inspector.api.post('/api/sync/push', { data: { items: [item] } });
	expect(pushed.status(), await pushed.text()).toBe(200);
	await inspector.api.dispose();

	await page.goto(server.url('/'));
	await signIn(page, 'giamsat.tinh');
	await page.goto(server.url('/review?page=5'));
	await expect(page.getByText('Trang 5 không còn: chỉ có 1 trang.')).toBeVisible();
	await page.getByRole('link', { name: 'Đến trang cuối' }).click();
	await expect(page).toHaveURL(/[?&]page=1/);
	await expect(page.getByRole('status').filter({ hasText: '1 biên bản' })).toBeVisible();
	await expect(page.getByText('Không có biên bản nào khớp bộ lọc.')).toHaveCount(0);
});

test('the queue opens on what waits for review, oldest first, with the count of each status on its filter', async ({ page }) => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.provinceSupervisor);
	const ids: string[] = [];
	for (let n = 0; n < 3; n++) {
		const item = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': n === 0 ? 'violation' : 'compliant' } });
		ids.push(item.inspection.id);
		expect((await inspector.api.post('/api/sync/push', { data: { items: [item] } })).status()).toBe(200);
	}
	// One of them already approved.
	expect((await supervisor.api.post(`/api/review/${ids[0]}`, { data: { action: 'approve', comment: '' } })).status()).toBe(200);

	await page.goto(server.url('/'));
	await signIn(page, 'giamsat.tinh');
	await page.goto(server.url('/review'));
	const status = page.getByRole('combobox', { name: 'Trạng thái' });
	await expect(status).toHaveValue('sent');
	await expect(status.getByRole('option', { name: 'Chờ duyệt (2)' })).toHaveCount(1);
	await expect(status.getByRole('option', { name: 'Đã duyệt (1)' })).toHaveCount(1);
	await expect(status.getByRole('option', { name: 'Tất cả (3)' })).toHaveCount(1);
	await expect(page.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('started-asc');
	await expect(page.getByRole('status').filter({ hasText: '2 biên bản' })).toBeVisible();
	// "Tất cả" is a choice like the others, kept in the address.
	await status.selectOption('all');
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).toHaveURL(/[?&]status=all/);
	await expect(page.getByRole('status').filter({ hasText: '3 biên bản' })).toBeVisible();
});
