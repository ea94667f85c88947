import { expect, test } from '@playwright/test';
import { expectAppShown } from './support/app';
import {
	answerCompliant,
	answeredCount,
	goToSection,
	itemCards,
	sectionValues,
	startInspection,
	waitForCatalogOnDevice
} from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.stop();
});

test('a whole inspection offline: drafts survive a reload, finalize locks it and it waits to be sent', async ({ context }) => {
	test.setTimeout(180_000);
	const online = await context.newPage();
	await online.goto(server.url('/'));
	await waitForServiceWorker(online);
	await waitForCatalogOnDevice(online);
	await online.close();

	// The server is gone for the rest of the day.
	await server.stop();
	const page = await context.newPage();
	await page.goto(server.url('/'));
	await expectAppShown(page);

	await startInspection(page, 'so noi vu', 'Sở Nội vụ');
	const sections = await sectionValues(page);
	expect(sections.length).toBeGreaterThanOrEqual(9);

	// Answer about half: the first sections in full, one violation with its note.
	const half = Math.ceil(sections.length / 2);
	for (const value of sections.slice(0, half)) {
		await page.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption(value);
		const cards = itemCards(page);
		const count = await cards.count();
		for (let k = 0; k < count; k++) await answerCompliant(cards.nth(k));
	}
	await page.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption(sections[0] ?? '');
	const firstCard = itemCards(page).first();
	const firstItemName = await firstCard.locator('legend').innerText();
	await firstCard.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	const note = 'Ông Trần Văn Hùng vắng mặt lúc 8 giờ 15, không có lý do';
	await firstCard.getByRole('textbox', { name: /Ghi chú/ }).fill(note);
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	const before = await answeredCount(page);
	expect(before.answered).toBeGreaterThan(0);
	expect(before.answered).toBeLessThan(before.total);

	// Reload with no server: everything typed is still there.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();
	expect(await answeredCount(page)).toEqual(before);
	const reloadedCard = itemCards(page).first();
	await expect(reloadedCard.locator('legend')).toHaveText(firstItemName);
	await expect(reloadedCard.getByRole('radio', { name: 'Vi phạm', exact: true })).toBeChecked();
	await expect(reloadedCard.getByRole('textbox', { name: /Ghi chú/ })).toHaveValue(note);

	// The summary lists what blocks finalizing; answer the rest with "next unanswered".
	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Chưa nhập họ tên đại diện/ })).toBeVisible();
	await page.getByRole('link', { name: /^Chưa trả lời/ }).first().click();
	const jump = page.getByRole('button', { name: 'Đến mục chưa trả lời' });
	for (let guard = 0; guard < 100 && (await jump.isEnabled()); guard++) {
		const focused = page.locator('article:has(:focus)');
		await expect(focused).toHaveCount(1);
		await answerCompliant(focused);
		if (await jump.isEnabled()) await jump.click();
	}
	const done = await answeredCount(page);
	expect(done.answered).toBe(done.total);

	await goToSection(page, 'Thông tin chung');
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng Sở');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { name: /^Vi phạm \(1\)/ })).toBeVisible();
	await expect(page.getByText(note)).toBeVisible();
	await page.getByRole('button', { name: 'Hoàn tất phiếu' }).click();
	await page.getByRole('button', { name: 'Xác nhận hoàn tất' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'đang chờ gửi' })).toBeVisible();

	// Locked: the form no longer accepts answers.
	await page.goto(server.url('/inspections/') + page.url().split('/inspections/')[1]?.replace('/summary', ''));
	await expect(page.getByText('Phiếu đã hoàn tất và bị khóa')).toBeVisible();
	await expect(itemCards(page)).toHaveCount(0);
	await page.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption(sections[0] ?? '');
	await expect(itemCards(page).first().getByRole('radio', { name: 'Đạt', exact: true })).toBeDisabled();

	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phiếu của tôi' }).click();
	const waiting = page.getByRole('region', { name: /Đã hoàn tất, chờ gửi/ });
	await expect(waiting.getByRole('heading')).toContainText('(1)');
	await expect(waiting.getByRole('link', { name: /Sở Nội vụ/ })).toBeVisible();
});
