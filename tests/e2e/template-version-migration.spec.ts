import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../fixtures/csv';
import { itemCards, goToSection, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { answerShortChecklistCompliant, apiAs, expectNothingWaiting, finalizeFromForm, finalizeShortInspection, openMyInspections, SHORT_TEMPLATE, syncPanel } from './support/sync';

// A new checklist version and work in progress (issue 13). A phone holds a draft on version 1 of the
// short checklist and a finalized inspection on it, offline. An administrator publishes version 2
// through the Excel import (an item removed, a number item's range narrowed, an item reworded). The
// phone syncs: the finalized one on version 1 is taken, the home page says a new version exists, the
// draft's form lists what moving it would do, and the inspector moves it and finalizes on version 2.
// The supervisor then reads each inspection on its own version: review, statistics by item (stable
// ids across versions), CSV and the printed biên bản, which lists the answers the move set aside.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server?.dispose();
});

const TEMPLATE = 'ruou-bia-hoi-hop';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KEPT = 'alcohol-tobacco.no-drinking-hours';
const REMOVED = 'alcohol-tobacco.no-ashtrays';
const NARROWED = 'meetings.conclusion-notice';
const REMOVED_NOTE = 'Có gạt tàn trên bàn phòng họp tầng 2';

/** The column of a header in a sheet's first row. */
function column(sheet: ExcelJS.Worksheet, header: string): number {
	let found = 0;
	sheet.getRow(1).eachCell((cell, index) => {
		if (cell.value === header) found = index;
	});
	if (found === 0) throw new Error(`no column ${header}`);
	return found;
}

/** Rows (1-based, below the header) whose `header` cell is `value`. */
function rowsWhere(sheet: ExcelJS.Worksheet, header: string, value: string): number[] {
	const at = column(sheet, header);
	const rows: number[] = [];
	sheet.eachRow((row, index) => {
		if (index > 1 && String(row.getCell(at).value ?? '') === value) rows.push(index);
	});
	return rows;
}

/** Version 1 exported, edited as an administrator would in Excel, imported as a draft and published as version 2. */
async function publishVersion2(admin: Page): Promise<void> {
	const exported = await admin.request.get(server.url(`/api/admin/templates/export?id=${TEMPLATE}&version=1`));
	expect(exported.status()).toBe(200);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
	const items = workbook.getWorksheet('Mục');
	const citations = workbook.getWorksheet('Căn cứ');
	if (!items || !citations) throw new Error('sheets missing');
	// Reworded: the same item, its answer carries over.
	const [kept] = rowsWhere(items, 'Mã mục', KEPT);
	items.getRow(kept ?? 0).getCell(column(items, 'Nội dung (tiếng Việt)')).value = 'Không uống rượu, bia trong giờ làm việc, giờ nghỉ trưa (sửa ở phiên bản 2)';
	// The number's allowed range narrowed to 0–3 (compliant up to 3): an answer of 4 no longer stands.
	const [narrowed] = rowsWhere(items, 'Mã mục', NARROWED);
	items.getRow(narrowed ?? 0).getCell(column(items, 'Lớn nhất')).value = 3;
	items.getRow(narrowed ?? 0).getCell(column(items, 'Đạt khi đến')).value = 3;
	// Removed, with its citations.
	for (const row of rowsWhere(citations, 'Mã mục', REMOVED).reverse()) citations.spliceRows(row, 1);
	for (const row of rowsWhere(items, 'Mã mục', REMOVED).reverse()) items.spliceRows(row, 1);

	await admin.goto(server.url('/admin'));
	await admin.getByRole('link', { name: /Mẫu phiếu và chủ đề/ }).click();
	await admin.getByRole('region', { name: 'Danh sách' }).getByRole('link', { name: SHORT_TEMPLATE, exact: true }).click();
	await admin.getByLabel('Tệp .xlsx').setInputFiles({ name: 'ruou-bia-v2.xlsx', mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
	await admin.getByRole('button', { name: /Nhập/ }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Đã nhập tệp thành bản nháp' })).toBeVisible();
	await expect(admin.getByRole('region', { name: 'So sánh phiên bản' })).toContainText('Phiên bản 1 → Bản nháp: thêm 0 · bỏ 1 · sửa 2');
	await admin.getByRole('button', { name: 'Công bố phiên bản 2' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Đã công bố phiên bản mới' })).toBeVisible();
}

test('a draft on version 1 moves to version 2 and is finalized; another finalized on version 1 also syncs; the supervisor reads each on its own version', async ({ browser }) => {
	test.setTimeout(300_000);
	const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const page = await phoneContext.newPage();
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	await waitForServiceWorker(page);

	// The draft on version 1: an answer that will carry over, one to an item version 2 removes (with a
	// note), and a figure version 2 no longer allows.
	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', SHORT_TEMPLATE);
	const draftId = new URL(page.url()).pathname.split('/')[2] ?? '';
	await goToSection(page, /Rượu, bia, thuốc lá/);
	await page.locator(`[id="item-${KEPT}"]`).getByRole('radio', { name: 'Đạt', exact: true }).check();
	const removed = page.locator(`[id="item-${REMOVED}"]`);
	await removed.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await removed.getByRole('textbox', { name: /Ghi chú/ }).fill(REMOVED_NOTE);
	await goToSection(page, /Chế độ hội họp/);
	await page.locator(`[id="item-${NARROWED}"]`).getByRole('textbox', { name: /^Số liệu/ }).fill('4');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	// Offline, another inspection is finished on version 1: it waits on the phone.
	await phoneContext.setOffline(true);
	const finishedId = await finalizeShortInspection(page, 'so tu phap', 'Sở Tư pháp', null);

	// Meanwhile the administrator publishes version 2.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await admin.goto(server.url('/'));
	await signIn(admin, 'quantri');
	await publishVersion2(admin);
	await adminContext.close();

	// Back online: the inspection on version 1 is accepted, version 2 arrives, the home page says so.
	await phoneContext.setOffline(false);
	await openMyInspections(page);
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	await expectNothingWaiting(page, 30_000);
	await expect(page.getByRole('status').filter({ hasText: 'Mẫu phiếu đã có phiên bản mới' })).toBeVisible({ timeout: 15_000 });

	// The draft's form lists what moving it would do before the inspector accepts.
	await page.getByRole('region', { name: /^Đang làm/ }).getByRole('link', { name: /Sở Nội vụ/ }).click();
	const offer = page.getByRole('region', { name: 'Mẫu phiếu đã có phiên bản mới' });
	await expect(offer).toContainText('Phiếu này dùng phiên bản 1; phiên bản 2 đã có trên máy');
	await expect(offer).toContainText('1 câu trả lời giữ nguyên');
	await expect(offer.getByRole('listitem').filter({ hasText: 'Đổi ý nghĩa' })).toContainText('Thông báo kết luận cuộc họp');
	await expect(offer.getByRole('listitem').filter({ hasText: 'Đổi ý nghĩa' })).toContainText('câu trả lời được lưu riêng');
	await expect(offer.getByRole('listitem').filter({ hasText: 'Không còn trong phiên bản mới' })).toContainText('Không bày gạt tàn');
	await offer.getByRole('button', { name: 'Chuyển sang phiên bản 2' }).click();
	await expect(offer).toHaveCount(0);
	await expect(page.getByRole('progressbar', { name: 'Đã trả lời 1/11' })).toBeVisible();

	// Finished on version 2 and sent.
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng');
	await answerShortChecklistCompliant(page);
	expect(await itemCards(page).count()).toBeGreaterThan(0);
	await finalizeFromForm(page);
	await openMyInspections(page);
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	await expectNothingWaiting(page, 30_000);
	await phoneContext.close();

	// The server holds each on its own version; the moved one keeps what was set aside in its record.
	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	const moved = (await (await supervisor.get(`/api/inspections/${draftId}`)).json()) as { submission: { templateVersion: number }; content: { manifest: string } };
	const kept = (await (await supervisor.get(`/api/inspections/${finishedId}`)).json()) as { submission: { templateVersion: number } };
	expect([moved.submission.templateVersion, kept.submission.templateVersion]).toEqual([2, 1]);
	const record = JSON.parse(moved.content.manifest) as { answers: Record<string, unknown>; templateMoves: { fromVersion: number; toVersion: number; setAside: Record<string, { value: unknown; note: string }> }[] };
	expect(record.answers[REMOVED]).toBeUndefined();
	expect(record.templateMoves).toHaveLength(1);
	expect(record.templateMoves[0]).toMatchObject({ fromVersion: 1, toVersion: 2 });
	expect(record.templateMoves[0]?.setAside[REMOVED]).toMatchObject({ value: 'violation', note: REMOVED_NOTE });
	expect(record.templateMoves[0]?.setAside[NARROWED]?.value).toBe(4);

	// Statistics by item, by stable id across both versions: the kept item counts both inspections,
	// the removed one only the inspection made on version 1.
	const stats = (await (await supervisor.get('/api/stats')).json()) as { byItem: { itemId: string; compliant: number; violation: number }[] };
	const item = (id: string) => stats.byItem.find((i) => i.itemId === id);
	expect(item(KEPT)).toMatchObject({ compliant: 2, violation: 0 });
	expect(item(REMOVED)).toMatchObject({ compliant: 1, violation: 0 });

	// The CSV exports: each inspection with its version; findings only from the items of that version.
	const inspections = parseCsv((await (await supervisor.get('/api/export/inspections.csv')).body()).toString('utf8').slice(1));
	const header = inspections[0] ?? [];
	const versionOf = (id: string) => inspections.find((r) => r[0] === id)?.[header.indexOf('Phiên bản mẫu')];
	expect([versionOf(draftId), versionOf(finishedId)]).toEqual(['2', '1']);
	const findings = parseCsv((await (await supervisor.get('/api/export/findings.csv')).body()).toString('utf8').slice(1));
	const findingIds = (id: string) => findings.filter((r) => r[0] === id).map((r) => r[findings[0]?.indexOf('Mã mục') ?? -1]);
	expect(findingIds(draftId)).not.toContain(REMOVED);
	expect(findingIds(finishedId)).toContain(REMOVED);
	expect(findings.find((r) => r[0] === draftId && r.includes(KEPT))?.join(' ')).toContain('sửa ở phiên bản 2');
	await supervisor.dispose();

	// The supervisor's pages: review and biên bản read the version each inspection used.
	const supervisorContext = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const sup = await supervisorContext.newPage();
	await sup.goto(server.url('/'));
	await signIn(sup, 'giamsat.tinh');
	await sup.goto(server.url(`/review/${draftId}`));
	await expect(sup.getByText(`${SHORT_TEMPLATE} (phiên bản 2)`)).toBeVisible();
	await expect(sup.getByText(/chuyển từ phiên bản 1 khi đang làm/)).toBeVisible();
	await expect(sup.getByRole('region', { name: 'Câu trả lời để riêng khi chuyển phiên bản' })).toContainText(REMOVED_NOTE);
	await sup.goto(server.url(`/review/${finishedId}`));
	await expect(sup.getByText(`${SHORT_TEMPLATE} (phiên bản 1)`)).toBeVisible();

	await sup.goto(server.url(`/inspections/${draftId}/record?from=server`));
	await expect(sup.getByRole('heading', { name: 'BIÊN BẢN KIỂM TRA VĂN HÓA CÔNG VỤ' })).toBeVisible();
	await expect(sup.getByText(/\(phiên bản 2; phiếu bắt đầu trên phiên bản 1, được chuyển sang phiên bản 2 trước khi hoàn tất\)/)).toBeVisible();
	await expect(sup.getByRole('heading', { name: 'PHỤ LỤC: CÂU TRẢ LỜI ĐỂ RIÊNG KHI CHUYỂN PHIÊN BẢN MẪU PHIẾU' })).toBeVisible();
	const setAside = sup.getByRole('listitem').filter({ hasText: `mục ${REMOVED}, phiên bản 1` });
	await expect(setAside).toContainText('Vi phạm');
	await expect(setAside).toContainText(REMOVED_NOTE);
	await expect(sup.getByRole('listitem').filter({ hasText: `mục ${NARROWED}, phiên bản 1` })).toContainText('4 ngày làm việc');
	const axe = await new AxeBuilder({ page: sup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	// Printed: RECORD_PDF=<file> keeps the A4 PDF to look at (pdftoppm -png).
	await sup.emulateMedia({ media: 'print' });
	const pdf = await sup.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	if (process.env.RECORD_PDF) (await import('node:fs')).writeFileSync(process.env.RECORD_PDF, pdf);
	await sup.emulateMedia({ media: 'screen' });

	await sup.goto(server.url(`/inspections/${finishedId}/record?from=server`));
	await expect(sup.getByText(/theo mẫu phiếu “Kiểm tra rượu, bia, thuốc lá và chế độ hội họp” \(phiên bản 1\)\./)).toBeVisible();
	await expect(sup.getByRole('heading', { name: /PHỤ LỤC/ })).toHaveCount(0);
	await supervisorContext.close();
});
