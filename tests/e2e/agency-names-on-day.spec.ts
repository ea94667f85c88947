import { readFile } from 'node:fs/promises';
import { parseCsv } from '../fixtures/csv';
import { pushItem } from '../fixtures/sync/pushItems';
import { adminOnPhone, expectFitsAndAccessible } from './support/admin';
import { ACCOUNTS, INSIDE_COMMUNE, OUTSIDE_COMMUNE, signIn, TEMPLATE } from './support/api';
import { expect, test } from './support/fixtures';
import { signIn as signInOnPage } from './support/session';

// An administrator renames one service centre and splits another, each by a decision with an
// effective date, from /admin/agencies. Records keep the name of their day: in the supervisor's
// queue and in the CSV export, an inspection made before the rename names the agency by its former
// name and one made after by its new name; an inspection of the split agency keeps that agency's
// name rather than a successor's.

const RENAMED = {
	id: INSIDE_COMMUNE,
	before: 'Trung tâm Phục vụ hành chính công xã Sơn Dương',
	after: 'Trung tâm Phục vụ hành chính công phường Sơn Dương'
};
const SPLIT = { id: OUTSIDE_COMMUNE, name: 'Trung tâm Phục vụ hành chính công xã Yên Sơn' };
const SUCCESSORS = ['Bộ phận một cửa Yên Sơn Bắc', 'Bộ phận một cửa Yên Sơn Nam'];
const EFFECTIVE = '2026-03-20';

test('an admin renames and splits agencies with an effective date; the queue and the CSV export name each inspection’s agency as on its day', async ({ browser, server }) => {
	test.setTimeout(120_000);
	// Sent before the changes: the renamed agency inspected before and after the rename's date, the split one before the split.
	const inspector = await signIn(server, ACCOUNTS.inspector);
	const beforeRename = await pushItem({ inspectorId: inspector.userId, agencyId: RENAMED.id, templateId: TEMPLATE, startedAt: '2026-03-02T01:00:00.000Z' });
	const afterRename = await pushItem({ inspectorId: inspector.userId, agencyId: RENAMED.id, templateId: TEMPLATE, startedAt: '2026-04-10T01:00:00.000Z' });
	const ofSplit = await pushItem({ inspectorId: inspector.userId, agencyId: SPLIT.id, templateId: TEMPLATE, startedAt: '2026-03-02T01:00:00.000Z' });
	const pushed = await inspector.api.post('/api/sync/push', { data: { items: [beforeRename, afterRename, ofSplit] } });
	expect(pushed.status(), await pushed.text()).toBe(200);
	expect(((await pushed.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(['created', 'created', 'created']);
	await inspector.api.dispose();

	const { context: admin, page } = await adminOnPhone(browser, server);
	await page.goto(server.url('/admin/agencies'));
	const search = page.getByRole('searchbox', { name: /Tên cơ quan/ });
	const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });

	// The rename: the form is filled with the selected agency's code; the new name holds from 20/03/2026.
	await search.fill('trung tam phuc vu hanh chinh cong xa son duong');
	await results.getByRole('link', { name: RENAMED.before, exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: RENAMED.before, exact: true })).toBeVisible();
	const rename = page.getByRole('region', { name: 'Đổi tên theo quyết định', exact: true });
	await expect(rename.getByRole('combobox', { name: 'Mã cơ quan đổi tên' })).toHaveValue(RENAMED.id);
	await rename.getByRole('textbox', { name: 'Tên mới', exact: true }).fill(RENAMED.after);
	await rename.getByLabel('Ngày hiệu lực của tên mới').fill(EFFECTIVE);
	await rename.getByRole('button', { name: 'Đổi tên' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Đã đổi tên ${RENAMED.before} thành ${RENAMED.after} (đổi tên, hiệu lực 20/03/2026).` })).toBeVisible();
	await search.fill('phuong son duong');
	await results.getByRole('link', { name: RENAMED.after, exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: RENAMED.after, exact: true })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Tên và cấp trên trước đây' })).toContainText(`Trước 20/03/2026: ${RENAMED.before}`);
	await expect(page.getByRole('region', { name: /Lịch sử thay đổi/ })).toContainText('(đổi tên, hiệu lực 20/03/2026)');
	await expectFitsAndAccessible(page);

	// The split, from the same date: the first new agency inherits.
	await search.fill('trung tam phuc vu hanh chinh cong xa yen son');
	await results.getByRole('link', { name: SPLIT.name, exact: true }).click();
	const split = page.getByRole('region', { name: 'Chia tách', exact: true });
	await expect(split.getByRole('combobox', { name: 'Mã cơ quan được chia tách' })).toHaveValue(SPLIT.id);
	await split.getByRole('textbox', { name: /Các cơ quan mới/ }).fill(`${SPLIT.id}-bac | ${SUCCESSORS[0]}\n${SPLIT.id}-nam | ${SUCCESSORS[1]}`);
	await split.getByLabel('Ngày hiệu lực của chia tách').fill(EFFECTIVE);
	await split.getByRole('button', { name: 'Chia tách' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Đã chia tách ${SPLIT.name} thành ${SUCCESSORS.join(', ')} (chia tách, hiệu lực 20/03/2026).` })).toBeVisible();
	await search.fill('xa yen son');
	await results.getByRole('link', { name: SPLIT.name, exact: true }).click();
	await expect(page.getByText(`cơ quan kế thừa: ${SUCCESSORS[0]}`)).toBeVisible();
	await expect(page.getByRole('region', { name: /Lịch sử thay đổi/ })).toContainText('(chia tách, hiệu lực 20/03/2026)');
	await expectFitsAndAccessible(page);
	await admin.close();

	// The supervisor's queue, on a laptop (the table): each row names the agency as on the inspection's day.
	const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const review = await laptop.newPage();
	await review.goto(server.url('/'));
	await signInOnPage(review, ACCOUNTS.provinceSupervisor);
	await review.goto(server.url('/review'));
	const queue = review.getByRole('table', { name: 'Biên bản trong hàng chờ' });
	await expect(queue.getByRole('link', { name: RENAMED.before, exact: true })).toHaveAttribute('href', `/review/${beforeRename.inspection.id}`);
	await expect(queue.getByRole('link', { name: RENAMED.after, exact: true })).toHaveAttribute('href', `/review/${afterRename.inspection.id}`);
	await expect(queue.getByRole('link', { name: SPLIT.name, exact: true })).toHaveAttribute('href', `/review/${ofSplit.inspection.id}`);

	// The CSV export the page offers: the same names, row by row.
	const [download] = await Promise.all([review.waitForEvent('download'), review.getByRole('link', { name: 'Xuất CSV biên bản' }).click()]);
	const [header = [], ...rows] = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
	const [idColumn, nameColumn] = [header.indexOf('Mã biên bản'), header.indexOf('Cơ quan')];
	const nameOf = (id: string) => rows.filter((row) => row[idColumn] === id).map((row) => row[nameColumn]);
	expect([beforeRename, afterRename, ofSplit].map((item) => nameOf(item.inspection.id))).toEqual([[RENAMED.before], [RENAMED.after], [SPLIT.name]]);
	await laptop.close();
});
