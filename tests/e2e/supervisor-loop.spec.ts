import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goToSection, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { expectNothingWaiting, finalizeFromForm, finalizeShortInspection, group, openMyInspections, SHORT_TEMPLATE, syncPanel } from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

const MINUTES = 'meetings.minutes';
const ITEM_COMMENT = 'Biên bản họp còn thiếu phần kết luận, đề nghị ghi nhận vi phạm';

/** The supervisor's "Hàng chờ duyệt", from the role's own navigation. */
async function openQueue(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hàng chờ duyệt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' })).toBeVisible();
}

test('the whole loop: synced from the device, returned with an item comment, corrected and resubmitted, both revisions and the change seen, approved, the recommendation exists; the record prints', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	// The inspector's device, online: the finalized inspection is sent by itself.
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });

	// The supervisor, in another browser: own navigation, finds it in the queue.
	const supervisorContext = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const sup = await supervisorContext.newPage();
	await sup.goto(server.url('/'));
	await signIn(sup, 'giamsat.tinh');
	const nav = sup.getByRole('navigation', { name: 'Điều hướng chính' });
	await expect(nav.getByRole('link', { name: 'Kiến nghị' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Kiểm tra mới' })).toHaveCount(0);
	await openQueue(sup);
	// The inspector filter offers everyone with inspections here, even when the page shows none of
	// theirs (nothing is approved yet), and filtering by one keeps their inspection.
	await sup.goto(server.url('/review?status=approved'));
	const inspectorFilter = sup.getByRole('combobox', { name: 'Người kiểm tra' });
	await expect(inspectorFilter.getByRole('option', { name: 'Nguyễn Văn An' })).toHaveCount(1);
	await sup.goto(server.url('/review'));
	await inspectorFilter.selectOption({ label: 'Nguyễn Văn An' });
	await sup.getByRole('button', { name: 'Lọc' }).click();
	await expect(sup).toHaveURL(/[?&]inspector=/);
	await sup.getByRole('link', { name: 'Sở Nội vụ' }).first().click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();
	await expect(sup.getByText(/Máy chủ nhận lúc/)).toBeVisible();

	// Returned with an overall comment and a comment on the minutes item.
	const minutes = sup.locator(`[id="item-${MINUTES}"]`);
	await minutes.getByRole('button', { name: 'Nhận xét mục này' }).click();
	await minutes.getByRole('textbox', { name: 'Nhận xét mục này' }).fill(ITEM_COMMENT);
	await sup.getByRole('textbox', { name: 'Nhận xét chung' }).fill('Bổ sung biên bản họp');
	await sup.getByRole('button', { name: 'Trả lại để sửa' }).click();
	const trail = sup.getByRole('region', { name: 'Nhật ký xử lý' });
	await expect(trail.getByText('Trả lại để sửa')).toBeVisible();
	await expect(trail.getByText(ITEM_COMMENT)).toBeVisible();

	// The device receives it at the next sync and shows the comment on the item.
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	const back = group(page, 'Bị trả lại, cần sửa');
	await expect(back.getByRole('heading')).toContainText('(1)', { timeout: 20_000 });
	await back.getByRole('link', { name: /Sở Nội vụ/ }).click();
	const notice = page.getByRole('region', { name: 'Người giám sát trả lại phiếu để sửa' });
	await expect(notice.getByText(ITEM_COMMENT)).toBeVisible();

	// Corrected ("Sửa và gửi lại") and resubmitted as revision 2.
	await notice.getByRole('button', { name: 'Sửa và gửi lại' }).click();
	await goToSection(page, /Chế độ hội họp/);
	const item = page.locator(`[id="item-${MINUTES}"]`);
	await item.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await item.getByRole('textbox', { name: /Ghi chú/ }).fill('Biên bản họp ngày 12/11 thiếu phần kết luận');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	await finalizeFromForm(page);
	await openMyInspections(page);
	await expectNothingWaiting(page, 20_000);

	// The supervisor sees both revisions and what changed, then approves.
	await sup.goto(server.url(`/review/${id}`));
	const revisions = sup.getByRole('region', { name: /Các lần gửi/ });
	await expect(revisions.getByText('Lần 1', { exact: true })).toBeVisible();
	await expect(revisions.getByText('Lần 2', { exact: true })).toBeVisible();
	await expect(revisions.getByRole('heading', { name: 'Thay đổi so với lần 1' })).toBeVisible();
	await expect(revisions.getByRole('link', { name: /Biên bản họp/ })).toBeVisible();
	await expect(sup.locator(`[id="item-${MINUTES}"]`).getByText('Đã sửa so với lần trước')).toBeVisible();
	// The violation's deadline is chosen on approval.
	await sup.getByRole('textbox', { name: /^Biên bản họp ghi đầy đủ/ }).fill('15/01/2027');
	await sup.getByRole('button', { name: 'Duyệt', exact: true }).click();
	await expect(trail.getByText('Duyệt', { exact: true })).toBeVisible();

	// The violation became a recommendation with a deadline.
	await sup.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiến nghị' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Kiến nghị' })).toBeVisible();
	await expect(sup.getByRole('heading', { level: 2, name: /Sở Nội vụ/ })).toBeVisible();
	await expect(sup.getByText(/Hạn:\s*15\/01\/2027/).first()).toBeVisible();
	// The agency asks for more time: a new deadline, kept in the recommendation's trail.
	const card = sup.getByRole('listitem').filter({ hasText: /Hạn:\s*15\/01\/2027/ }).first();
	// A finger-sized date field, and a day already past is refused with a plain reason.
	const newDeadline = card.getByRole('textbox', { name: 'Hạn mới' });
	expect((await newDeadline.boundingBox())?.height).toBeGreaterThanOrEqual(44);
	await newDeadline.fill('31/01/2020');
	await card.getByRole('button', { name: 'Đổi hạn' }).click();
	await expect(card.getByRole('alert')).toHaveText('Hạn mới không được sớm hơn ngày hôm nay.');
	await newDeadline.fill('28/02/2027');
	await card.getByLabel('Ghi chú (không bắt buộc)').fill('Cơ quan xin gia hạn để sửa quy chế');
	await card.getByRole('button', { name: 'Đổi hạn' }).click();
	const moved = sup.getByRole('listitem').filter({ hasText: /Hạn:\s*28\/02\/2027/ }).first();
	await expect(moved).toBeVisible();
	await moved.getByText(/^Lịch sử/).click();
	await expect(moved.getByText(/Đổi hạn từ 15\/01\/2027 thành 28\/02\/2027: Cơ quan xin gia hạn để sửa quy chế/)).toBeVisible();
	// Each step names the person, the approval too (it used to show the account id).
	await expect(moved.getByText(/· Lê Minh Châu · Tạo khi duyệt biên bản$/)).toBeVisible();

	// The supervisor's record shows the approved recommendation; the inspector's prints offline.
	await sup.goto(server.url(`/inspections/${id}/record?from=server`));
	await expect(sup.getByRole('heading', { name: 'BIÊN BẢN KIỂM TRA VĂN HÓA CÔNG VỤ' })).toBeVisible();
	// The deadline day itself still counts (overdue only once it has passed), so not "trước ngày".
	await expect(sup.getByText(/Thời hạn: chậm nhất ngày 28\/02\/2027/)).toBeVisible();
	await supervisorContext.close();

	// On site there may be no signal: the record comes from the device.
	await waitForServiceWorker(page);
	await page.context().setOffline(true);
	await page.goto(server.url(`/inspections/${id}/record`));
	await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
	await expect(page.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
	// Revision 2 was corrected at the office after the return: a corrected biên bản, which says what
	// changed and that nobody read it out or signed it on site (only its author signs).
	await expect(page.getByRole('heading', { level: 1, name: /BẢN SỬA LẦN 1/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'NỘI DUNG SỬA SO VỚI LẦN 1' })).toBeVisible();
	await expect(page.getByText(/không đọc lại và không ký tại nơi kiểm tra/)).toBeVisible();
	await expect(page.getByText('ĐẠI DIỆN ĐOÀN KIỂM TRA')).toBeVisible();
	await expect(page.getByText('ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA')).toHaveCount(0);
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	if (process.env.RECORD_PDF) (await import('node:fs')).writeFileSync(process.env.RECORD_PDF, pdf);

	await page.context().setOffline(false);

	// The next inspection of that agency lists the open recommendation (pulled at the next sync).
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(server.url('/'));
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	await expectNothingWaiting(page);
	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', SHORT_TEMPLATE);
	const followUp = page.getByRole('region', { name: /Kiến nghị chưa khắc phục từ lần kiểm tra trước/ });
	// Grouped by theme and collapsed: its theme's group opens it.
	await followUp.getByText('Chế độ hội họp').click({ timeout: 15_000 });
	await expect(followUp.getByText(/Biên bản họp ghi đầy đủ/).first()).toBeVisible();
});
