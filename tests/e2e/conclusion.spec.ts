import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
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

/** The visible text of a .docx: every run of word/document.xml, in order. */
function docxText(bytes: Uint8Array): string {
	const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

test('after approval the supervisor issues the conclusion (numbered, printable, .docx with the biên bản fingerprint, replaceable), and the periodic report counts the inspection', async ({
	page,
	browser
}) => {
	test.setTimeout(150_000);
	// The inspector's device sends a finalized inspection.
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 20_000 });

	// The province's supervisor approves it.
	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', acceptDownloads: true });
	const sup = await context.newPage();
	await sup.goto(server.url('/'));
	await signIn(sup, 'giamsat.tinh');
	await sup.goto(server.url(`/review/${id}`));
	await expect(sup.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();
	await sup.getByRole('button', { name: 'Duyệt', exact: true }).click();
	await expect(sup.getByRole('region', { name: 'Nhật ký xử lý' }).getByText('Duyệt', { exact: true })).toBeVisible();

	// Once approved, the conclusion can be issued from the record's page.
	await sup.reload();
	const panel = sup.getByRole('region', { name: 'Kết luận kiểm tra' });
	await panel.getByRole('textbox', { name: 'Thẩm quyền ký (nếu ký thay)' }).fill('KT. Chủ tịch');
	await panel.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('Phó Chủ tịch');
	await expect(panel.getByRole('textbox', { name: 'Họ tên người ký' })).toHaveValue('Lê Minh Châu');
	await panel.getByRole('textbox', { name: 'Nơi nhận khác (mỗi dòng một nơi)' }).fill('Sở Nội vụ (để theo dõi)');
	await panel.getByRole('button', { name: 'Ban hành kết luận' }).click();

	// The issued conclusion: number from the register, heading, subject, the biên bản's fingerprint.
	await expect(sup).toHaveURL(/\/conclusions\/[0-9a-f-]{36}$/);
	await expect(sup.getByRole('heading', { level: 1, name: 'KẾT LUẬN KIỂM TRA' })).toBeVisible();
	await expect(sup.getByText('Số: 01/KL-UBND')).toBeVisible();
	await expect(sup.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
	await expect(sup.getByText('Về việc thực hiện văn hóa công vụ tại Sở Nội vụ')).toBeVisible();
	await expect(sup.getByText('Không có kiến nghị khắc phục.')).toBeVisible();
	const view = (await (await sup.request.get(server.url(`/api/inspections/${id}`))).json()) as { revisions: { revision: number; manifestHash: string }[] };
	const fingerprint = view.revisions[0]?.manifestHash ?? 'missing';
	await expect(sup.getByText(new RegExp(fingerprint))).toBeVisible();
	const axe = await new AxeBuilder({ page: sup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

	// Downloaded as .docx: the same text, in the same order, opened here.
	const downloading = sup.waitForEvent('download');
	await sup.getByRole('button', { name: 'Tải tệp .docx' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('01-KL-UBND.docx');
	const text = docxText(new Uint8Array(readFileSync((await download.path()) ?? '')));
	const order = ['ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', 'Số: 01/KL-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'KẾT LUẬN KIỂM TRA', 'Về việc thực hiện văn hóa công vụ tại Sở Nội vụ', 'I. KẾT QUẢ KIỂM TRA', fingerprint, 'Nơi nhận:', '- Sở Nội vụ (để thực hiện);', '- Sở Nội vụ (để theo dõi);', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Minh Châu'];
	let from = 0;
	for (const part of order) {
		const at = text.indexOf(part, from);
		expect(at, part).toBeGreaterThanOrEqual(0);
		from = at + part.length;
	}

	// Printed: only the document, on A4.
	await sup.emulateMedia({ media: 'print' });
	await expect(sup.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
	await expect(sup.getByRole('button', { name: 'In kết luận' })).toBeHidden();
	const pdf = await sup.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	if (process.env.CONCLUSION_PDF) (await import('node:fs')).writeFileSync(process.env.CONCLUSION_PDF, pdf);
	await sup.emulateMedia({ media: 'screen' });

	// A correction is a new conclusion with the next number, naming the one it replaces; the first says it was replaced.
	const first = sup.url();
	await sup.getByRole('button', { name: 'Lập kết luận thay thế' }).click();
	await expect(sup.getByText('Số: 02/KL-UBND')).toBeVisible();
	await expect(sup.getByText(/Kết luận này thay thế Kết luận số 01\/KL-UBND/)).toBeVisible();
	await sup.goto(first);
	await expect(sup.getByText('Kết luận này đã được thay thế:')).toBeVisible();
	await expect(sup.getByRole('button', { name: 'Lập kết luận thay thế' })).toHaveCount(0);

	// The periodic report (this year so far, the whole province) counts the inspection and its agency.
	await sup.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeVisible();
	const report = sup.locator('article.document');
	await expect(report.getByRole('heading', { level: 1, name: 'BÁO CÁO' })).toBeVisible();
	await expect(report.getByText(/Trong kỳ đã kiểm tra 1 cơ quan, đơn vị với 1 cuộc kiểm tra/)).toBeVisible();
	const byAgency = report.getByRole('table', { name: 'Bảng 2. Kết quả theo cơ quan, đơn vị' });
	await expect(byAgency.getByRole('rowheader', { name: 'Sở Nội vụ' })).toBeVisible();
	await expect(report.getByText(/Chưa có dữ liệu kế hoạch kiểm tra/)).toBeVisible();
	const reportAxe = await new AxeBuilder({ page: sup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(reportAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	// Its tables as .xlsx (the exports' writer) and the document as .docx.
	const sheet = sup.waitForEvent('download');
	await sup.getByRole('link', { name: 'Tải bảng số liệu .xlsx' }).click();
	const workbook = unzipSync(new Uint8Array(readFileSync((await (await sheet).path()) ?? '')));
	expect(Object.keys(workbook)).toContain('xl/worksheets/sheet3.xml');
	expect(strFromU8(workbook['xl/worksheets/sheet3.xml'] ?? new Uint8Array())).toContain('Sở Nội vụ');
	const word = sup.waitForEvent('download');
	await sup.getByRole('button', { name: 'Tải tệp .docx' }).click();
	const reportText = docxText(new Uint8Array(readFileSync((await (await word).path()) ?? '')));
	expect(reportText).toContain('BÁO CÁO');
	expect(reportText).toContain('Sở Nội vụ');
	// On screen the charts' data tables are folded under a toggle; on paper the tables print and the toggle does not.
	const chartTables = ['Tỉ lệ đạt theo nội dung', 'Tỉ lệ đạt trung bình theo tháng'];
	for (const name of chartTables) await expect(report.getByRole('table', { name, exact: true })).toBeHidden();
	await expect(report.getByRole('button', { name: 'Bảng số liệu' })).toHaveCount(2);
	await sup.emulateMedia({ media: 'print' });
	for (const name of chartTables) await expect(report.getByRole('table', { name, exact: true })).toBeVisible();
	for (const toggle of await report.getByRole('button', { name: 'Bảng số liệu' }).all()) await expect(toggle).toBeHidden();
	const reportPdf = await sup.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(reportPdf.subarray(0, 5).toString()).toBe('%PDF-');
	const pdfFile = test.info().outputPath('report.pdf');
	writeFileSync(pdfFile, reportPdf);
	const printedReport = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
	for (const caption of chartTables) expect(printedReport).toContain(caption);
	// The month table's header row, which only that table has.
	expect(printedReport).toMatch(/Tháng\s+Tỉ lệ đạt\s+Số biên bản/);
	expect(printedReport).not.toContain('Bảng số liệu');
	if (process.env.REPORT_PDF) writeFileSync(process.env.REPORT_PDF, reportPdf);
	await context.close();
});
