import { adminOnPhone, expectFitsAndAccessible, PHONE } from './support/admin';
import { expect, test } from './support/fixtures';
import { waitForCatalogOnDevice } from './support/inspection';
import { TEST_PASSWORD } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { deviceAgencyName, openMyInspections, syncPanel } from './support/sync';

// An administrator makes the agency catalog their own: a spreadsheet of a few hundred communes is
// previewed and applied, one is renamed in the form and placed on the map, two are merged into a new
// commune with an effective date, and an inspector's phone finds the renamed one by its new name and
// the merged one by its new and its old names after its next sync, offline search included.

test.use(PHONE);

const NEW_COMMUNES = 300;

test('an admin imports 300 communes from a spreadsheet, renames one, merges two, and the phone finds them by their new and old names after a sync', async ({ browser, server }) => {
	test.setTimeout(240_000);
	// The inspector's phone has the catalog before any change.
	const phone = await browser.newContext(PHONE);
	const inspector = await phone.newPage();
	await inspector.goto(server.url('/'));
	await waitForServiceWorker(inspector);
	await waitForCatalogOnDevice(inspector);

	const { context: admin, page } = await adminOnPhone(browser, server);
	await page.goto(server.url('/admin'));
	await page.getByRole('link', { name: /Cơ quan, đơn vị/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Cơ quan, đơn vị' })).toBeVisible();
	await expectFitsAndAccessible(page);

	// The file: today's catalog as exported, plus 300 communes under the province.
	const exported = await page.request.get(server.url('/api/admin/agencies/export?format=csv'));
	expect(exported.status()).toBe(200);
	const lines = (await exported.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
	const province = lines[1]?.split(',')[0] ?? '';
	const added = Array.from({ length: NEW_COMMUNES }, (_, i) => `xa-moi-${i + 1},Xã Thử Nghiệm ${i + 1},${province},Xã phường,Thôn ${i + 1},${(21.5 + i / 1000).toFixed(3)},105.200`);
	const csv = `\uFEFF${[...lines, ...added].join('\r\n')}\r\n`;

	// A bad file first: refused as a whole, every bad row named.
	const bad = `\uFEFF${[lines[0], ...lines.slice(1), 'xa-loi,,khong-co,Xã phường,,,', `xa-ngoai,Xã ngoài,${province},Xã phường,,48.8,2.3`].join('\r\n')}\r\n`;
	await page.getByLabel('Tệp .xlsx hoặc .csv (UTF-8)').setInputFiles({ name: 'loi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	await page.getByRole('button', { name: 'Xem trước' }).click();
	const errors = page.getByRole('alert');
	await expect(errors).toContainText('chưa có gì được nhập');
	await expect(errors.getByRole('row')).toHaveCount(4);
	await expect(errors).toContainText('Thiếu tên.');
	await expect(errors).toContainText('Không có cơ quan cấp trên mã "khong-co".');
	await expect(errors).toContainText('nằm ngoài Việt Nam');
	await expectFitsAndAccessible(page);

	await page.getByLabel('Tệp .xlsx hoặc .csv (UTF-8)').setInputFiles({ name: 'co-quan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Xem trước' }).click();
	const preview = page.getByRole('region', { name: 'Xem trước' });
	await expect(preview).toContainText(`Thêm ${NEW_COMMUNES} · sửa 0 · chuyển 0 · đóng 0 · không đổi ${lines.length - 1}`);
	await expectFitsAndAccessible(page);
	await preview.getByRole('button', { name: 'Áp dụng' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Đã nhập: ${NEW_COMMUNES} cơ quan thay đổi.` })).toBeVisible();

	// Found by the search (no accents typed), renamed in the form; the change is logged.
	await page.getByRole('searchbox', { name: /Tên cơ quan/ }).fill('xa thu nghiem 217');
	await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link', { name: 'Xã Thử Nghiệm 217', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Xã Thử Nghiệm 217', exact: true })).toBeVisible();
	await page.getByRole('textbox', { name: 'Tên', exact: true }).first().fill('Xã Hồng Thái Mới');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Xã Hồng Thái Mới', exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: /Lịch sử thay đổi/ })).toContainText('(trước: Xã Thử Nghiệm 217)');
	await expectFitsAndAccessible(page);

	// The registered location placed on the map: a click moves the marker and fills the coordinates.
	const lng = page.getByRole('textbox', { name: 'Kinh độ' }).first();
	await expect(lng).toHaveValue('105.2');
	await page.getByRole('button', { name: 'Đặt vị trí trên bản đồ' }).click();
	const map = page.getByRole('region', { name: /Bản đồ: bấm để đặt vị trí đăng ký/ });
	await expect(map.getByRole('button', { name: 'Vị trí đăng ký' })).toBeVisible();
	const box = await map.boundingBox();
	expect(box).not.toBeNull();
	await map.click({ position: { x: (box?.width ?? 0) / 2 + 60, y: (box?.height ?? 0) / 2 } });
	await expect(lng).not.toHaveValue('105.2');
	expect(Number(await lng.inputValue())).toBeGreaterThan(105.2);
	await expectFitsAndAccessible(page);
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();

	// Two communes merged into a new one, effective on a past date: both closed, the new one open.
	const merge = page.getByRole('region', { name: 'Sáp nhập' });
	await merge.getByRole('textbox', { name: /Mã các cơ quan được sáp nhập/ }).fill('xa-moi-41, xa-moi-42');
	await merge.getByRole('combobox', { name: /Mã cơ quan sau sáp nhập/ }).fill('xa-hop-nhat');
	await merge.getByRole('textbox', { name: /Tên cơ quan sau sáp nhập/ }).fill('Xã Hợp Nhất Sông Lô');
	await merge.getByLabel('Ngày hiệu lực của sáp nhập').fill('2025-07-01');
	await merge.getByRole('button', { name: 'Sáp nhập' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã sáp nhập Xã Thử Nghiệm 41, Xã Thử Nghiệm 42 vào Xã Hợp Nhất Sông Lô (sáp nhập, hiệu lực 01/07/2025).' })).toBeVisible();
	await expectFitsAndAccessible(page);
	await page.getByRole('searchbox', { name: /Tên cơ quan/ }).fill('thu nghiem 41');
	await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link', { name: 'Xã Thử Nghiệm 41', exact: true }).click();
	await expect(page.getByText('cơ quan kế thừa: Xã Hợp Nhất Sông Lô')).toBeVisible();
	await expect(page.getByRole('region', { name: /Lịch sử thay đổi/ })).toContainText('(sáp nhập, hiệu lực 01/07/2025)');
	await expectFitsAndAccessible(page);

	// The phone: its next sync brings the change; then the search works offline.
	await openMyInspections(inspector);
	await syncPanel(inspector).getByRole('button', { name: 'Gửi ngay' }).click();
	await expect(syncPanel(inspector).getByText(/Gửi thành công lần cuối:\s*\d/)).toBeVisible({ timeout: 20_000 });
	// That line already showed the first sync's time: wait for this sync's catalog to be on the phone.
	await expect.poll(() => deviceAgencyName(inspector, 'xa-hop-nhat'), { timeout: 20_000 }).toBe('Xã Hợp Nhất Sông Lô');
	expect(await deviceAgencyName(inspector, 'xa-moi-217')).toBe('Xã Hồng Thái Mới');
	await phone.setOffline(true);
	await inspector.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiểm tra mới' }).click();
	await inspector.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('hong thai moi');
	await expect(inspector.getByRole('radio', { name: 'Xã Hồng Thái Mới', exact: true })).toBeVisible();
	// The merged commune by its new name, and by an old one (which points to it); the old ones take no new inspection.
	const search = inspector.getByRole('searchbox', { name: /Tìm theo tên/ });
	await search.fill('hop nhat song lo');
	await expect(inspector.getByRole('radio', { name: 'Xã Hợp Nhất Sông Lô', exact: true })).toBeVisible();
	await search.fill('xa thu nghiem 42');
	await expect(inspector.getByRole('radio', { name: 'Xã Hợp Nhất Sông Lô', exact: true })).toBeVisible();
	await expect(inspector.getByRole('radio', { name: 'Xã Thử Nghiệm 42', exact: true })).toHaveCount(0);
	await phone.close();
	await admin.close();
});

test('only an administrator reaches the agency pages and their actions', async ({ request, server }) => {
	const asInspector = await request.post(server.url('/api/auth/login'), { data: { username: 'thanhtra1', password: TEST_PASSWORD }, headers: { origin: server.origin } });
	expect(asInspector.status()).toBe(200);
	expect((await request.get(server.url('/api/admin/agencies'))).status()).toBe(403);
	expect((await request.get(server.url('/api/admin/agencies/export?format=csv'))).status()).toBe(403);
	const action = await request.post(server.url('/admin/agencies?/add'), {
		form: { id: 'xa-gia', name: 'Xã giả', parentId: '', kind: 'commune' },
		headers: { origin: server.origin }
	});
	expect(action.status()).toBe(403);
});
