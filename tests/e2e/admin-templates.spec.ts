import ExcelJS from 'exceljs';
import { adminOnPhone, catalogVersions, expectFitsAndAccessible, PHONE } from './support/admin';
import { ACCOUNTS, TEMPLATE } from './support/api';
import { expect, test } from './support/fixtures';
import { TEST_PASSWORD } from './support/server';

// An administrator edits the full checklist in Excel: exports version 1, changes an item's wording
// and adds an item in the file, imports it as a draft (a bad file first: refused, every problem
// named), compares and previews the draft, and publishes version 2. Version 1 stays as it was.

test.use(PHONE);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The column of a header in a sheet's first row. */
function column(sheet: ExcelJS.Worksheet, header: string): number {
	let found = 0;
	sheet.getRow(1).eachCell((cell, index) => {
		if (cell.value === header) found = index;
	});
	if (found === 0) throw new Error(`no column ${header}`);
	return found;
}

test('an admin exports the full checklist, changes and adds an item in Excel, imports, previews and publishes version 2', async ({ browser, server }) => {
	test.setTimeout(180_000);
	const { context, page } = await adminOnPhone(browser, server);
	await page.goto(server.url('/admin'));
	await page.getByRole('link', { name: /Mẫu phiếu và chủ đề/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mẫu phiếu' })).toBeVisible();
	await page.getByRole('region', { name: 'Danh sách' }).getByRole('link', { name: 'Kiểm tra văn hóa công vụ', exact: true }).click();
	await expectFitsAndAccessible(page);

	// Export version 1 (the link the page offers) and edit the file as an administrator would in Excel.
	const exported = await page.request.get(server.url(`/api/admin/templates/export?id=${TEMPLATE}&version=1`));
	expect(exported.status()).toBe(200);
	expect(exported.headers()['content-type']).toBe(XLSX);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
	const items = workbook.getWorksheet('Mục');
	const citations = workbook.getWorksheet('Căn cứ');
	if (!items || !citations) throw new Error('sheets missing');
	const textColumn = column(items, 'Nội dung (tiếng Việt)');
	const idColumn = column(items, 'Mã mục');
	const changedId = String(items.getRow(2).getCell(idColumn).value);
	items.getRow(2).getCell(textColumn).value = 'Cán bộ có mặt tại vị trí làm việc (sửa trong Excel)';
	// A new item: a copy of the last row (so in the last section) without its id; its citation names it by row.
	const lastRow = items.rowCount;
	const added = items.getRow(lastRow + 1);
	items.getRow(lastRow).eachCell({ includeEmpty: true }, (cell, index) => (added.getCell(index).value = cell.value));
	added.getCell(idColumn).value = '';
	added.getCell(textColumn).value = 'Có hộp thư góp ý đặt nơi dễ thấy (mục mới)';
	added.commit();
	citations.addRow([`dòng ${lastRow + 1}`, 'QĐ 1/2026/QĐ-UBND', 'Quy chế văn hóa công vụ của tỉnh', 'Điều 3', '', '', '2026-01-01', '', 'V', '']);

	// A bad copy first: an unknown severity. Refused as a whole, the cell named.
	const broken = new ExcelJS.Workbook();
	await broken.xlsx.load(await workbook.xlsx.writeBuffer());
	const brokenItems = broken.getWorksheet('Mục');
	if (!brokenItems) throw new Error('sheet missing');
	brokenItems.getRow(3).getCell(column(brokenItems, 'Mức độ')).value = 'Rất nặng';
	await page.getByLabel('Tệp .xlsx').setInputFiles({ name: 'loi.xlsx', mimeType: XLSX, buffer: Buffer.from(await broken.xlsx.writeBuffer()) });
	await page.getByRole('button', { name: /Nhập/ }).click();
	const errors = page.getByRole('alert');
	await expect(errors).toContainText('chưa có gì được nhập');
	await expect(errors.getByRole('row').filter({ hasText: 'Mức độ' })).toContainText('Mục');
	await expectFitsAndAccessible(page);

	await page.getByLabel('Tệp .xlsx').setInputFiles({ name: 'mau-phieu.xlsx', mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
	await page.getByRole('button', { name: /Nhập/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã nhập tệp thành bản nháp' })).toBeVisible();

	// The diff between version 1 and the draft: one added, one changed (wording only).
	const diff = page.getByRole('region', { name: 'So sánh phiên bản' });
	await expect(diff).toContainText('Phiên bản 1 → Bản nháp: thêm 1 · bỏ 0 · sửa 1');
	await expect(diff).toContainText(changedId);
	await expect(diff).toContainText('Có hộp thư góp ý đặt nơi dễ thấy (mục mới)');
	// The preview shows the draft as the phone's template page does.
	const preview = page.getByRole('region', { name: /Xem trước bản nháp/ });
	await expect(preview.getByText('Cán bộ có mặt tại vị trí làm việc (sửa trong Excel)')).toBeVisible();
	await expectFitsAndAccessible(page);

	await page.getByRole('button', { name: 'Công bố phiên bản 2' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã công bố phiên bản mới' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Xuất Excel (phiên bản 2)' })).toBeVisible();

	// Version 1 is unchanged; version 2 has the new item under a generated id.
	const versions = await catalogVersions(page, server, TEMPLATE);
	expect(versions.map((t) => t.version)).toEqual([1, 2]);
	const textOf = (version: number, id: string) => versions.find((t) => t.version === version)?.sections.flatMap((s) => s.items).find((i) => i.id === id)?.text.vi;
	expect(textOf(1, changedId)).not.toContain('sửa trong Excel');
	expect(textOf(2, changedId)).toContain('sửa trong Excel');
	const newItem = versions[1]?.sections.flatMap((s) => s.items).find((i) => i.text.vi.includes('mục mới'));
	expect(newItem?.id).toMatch(/^[a-z-]+\.\d+$/);
	await context.close();
});

test('only an administrator reaches the checklist pages and their actions', async ({ request, server }) => {
	const asInspector = await request.post(server.url('/api/auth/login'), { data: { username: ACCOUNTS.inspector, password: TEST_PASSWORD }, headers: { origin: server.origin } });
	expect(asInspector.status()).toBe(200);
	expect((await request.get(server.url('/api/admin/templates'))).status()).toBe(403);
	expect((await request.get(server.url(`/api/admin/templates/export?id=${TEMPLATE}&version=1`))).status()).toBe(403);
	const action = await request.post(server.url('/admin/templates?/draft'), { form: { templateId: TEMPLATE }, headers: { origin: server.origin } });
	expect(action.status()).toBe(403);
	const theme = await request.post(server.url('/admin/templates?/theme'), { form: { themeId: 'gia', nameVi: 'Giả' }, headers: { origin: server.origin } });
	expect(theme.status()).toBe(403);
});
