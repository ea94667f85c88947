import type { Locator, Page } from '@playwright/test';
import { adminOnPhone, catalogVersions, expectFitsAndAccessible, PHONE } from './support/admin';
import { ACCOUNTS, apiError, signIn, TEMPLATE } from './support/api';
import { expect, test } from './support/fixtures';

// An administrator edits a draft of the full checklist in the app, on a 360 px phone: changes the
// first item's wording and response kind, adds an item (a field left empty first: the schema's
// message is shown by it), moves it up by keyboard, saves, fills the draft in the phone's form
// (nothing kept), and publishes version 2, which carries the changes.

test.use(PHONE);

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

test('an admin edits an item’s text and kind, adds an item, moves it by keyboard, saves, fills the preview and publishes version 2', async ({ browser, server }) => {
	test.setTimeout(180_000);
	const { context, page } = await adminOnPhone(browser, server);
	await page.goto(server.url(`/admin/templates?id=${TEMPLATE}`));
	await page.getByRole('button', { name: 'Tạo bản nháp phiên bản 2' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã tạo bản nháp' })).toBeVisible();
	await page.getByRole('link', { name: 'Sửa bản nháp' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sửa bản nháp' })).toBeVisible();

	// The first item: new wording, and a figure instead of Đạt / Vi phạm.
	await page.getByRole('button', { name: 'Sửa mục 1.1' }).click();
	await field(page, 'Nội dung (tiếng Việt)').fill('Cán bộ có mặt tại vị trí làm việc (sửa trong ứng dụng)');
	await field(page, 'Kiểu trả lời').selectOption({ label: 'Số liệu (có khoảng và ngưỡng đạt)' });
	await field(page, 'Đơn vị (tiếng Việt)').fill('người vắng');
	await field(page, 'Đơn vị (tiếng Anh)').fill('absent');
	await field(page, 'Nhỏ nhất').fill('0');
	await field(page, 'Đạt khi không quá').fill('1');
	await expectFitsAndAccessible(page);
	await page.getByRole('button', { name: 'Thu gọn mục 1.1' }).click();

	// A new item at the end of section 1 (seven items): its wording field takes the focus.
	await page.getByRole('button', { name: 'Thêm mục vào phần 1' }).click();
	await expect(field(page, 'Nội dung (tiếng Việt)')).toBeFocused();
	await field(page, 'Nội dung (tiếng Việt)').fill('Có sổ theo dõi giờ làm việc (mục mới)');
	await field(page, 'Hướng dẫn (tiếng Việt)').fill('Xem sổ theo dõi của tháng trước.');
	await field(page, 'Hướng dẫn (tiếng Anh)').fill('Look at last month’s log.');
	await field(page, 'Số, ký hiệu văn bản').fill('QĐ 1/2026/QĐ-UBND');
	await field(page, 'Tên văn bản').fill('Quy chế văn hóa công vụ của tỉnh');
	await field(page, 'Điều').fill('Điều 3');
	await field(page, 'Có hiệu lực từ').fill('01/01/2026');
	await field(page, 'Độ tin cậy').selectOption('V');
	// The English wording is missing: nothing is saved, the message stands by that field, which gets the focus.
	await page.getByRole('button', { name: 'Lưu bản nháp' }).first().click();
	await expect(page.getByRole('alert')).toContainText('Chưa lưu: 1 chỗ cần sửa');
	const english = field(page, 'Nội dung (tiếng Anh)');
	await expect(english).toBeFocused();
	await expect(english).toHaveAttribute('aria-invalid', 'true');
	await expect(english).toHaveAccessibleDescription(/.+/);
	await expectFitsAndAccessible(page);
	await english.fill('There is a working-hours log (new item)');

	// Two steps up by keyboard: the focus stays on the moved item's button, each move is announced.
	await page.getByRole('button', { name: 'Lên (mục 1.8)' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Lên (mục 1.7)' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'nay là mục 1.7' })).toHaveCount(1);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Lên (mục 1.6)' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'nay là mục 1.6' })).toHaveCount(1);

	await page.getByRole('button', { name: 'Lưu bản nháp' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp (lần lưu 2)' })).toBeVisible();
	// The store gave the new item its id (theme first).
	await expect(page.getByRole('listitem').filter({ hasText: 'Có sổ theo dõi giờ làm việc' }).getByText(/Mã mục: discipline\.\d+/)).toBeVisible();

	// The draft as the phone's form: fill two items, nothing is kept.
	await page.getByRole('link', { name: 'Xem trước và thử điền' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra văn hóa công vụ' })).toBeVisible();
	const first = page.getByRole('article', { name: /Cán bộ có mặt tại vị trí làm việc \(sửa trong ứng dụng\)/ });
	await first.getByLabel(/Số liệu/).fill('3');
	await first.getByLabel(/Số liệu/).blur();
	await expect(first.getByText('Chưa đạt yêu cầu')).toBeVisible();
	const added = page.getByRole('article', { name: /Có sổ theo dõi giờ làm việc/ });
	await expect(added.getByText('1.6', { exact: true })).toBeVisible();
	await added.getByRole('radio', { name: 'Đạt' }).check();
	await expect(page.getByText(/Đã trả lời 2\/\d+/).first()).toBeVisible();
	await expectFitsAndAccessible(page);
	await page.reload();
	await expect(page.getByText(/Đã trả lời 0\/\d+/).first()).toBeVisible();
	const stored = await page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name ?? '');
		return names;
	});
	// The admin's browser holds no inspection made by the preview (if the app's database exists at all).
	for (const name of stored) {
		const count = await page.evaluate(
			(db) =>
				new Promise<number>((resolve) => {
					const open = indexedDB.open(db);
					open.onsuccess = () => {
						const database = open.result;
						if (!database.objectStoreNames.contains('inspections')) return resolve(0);
						const counted = database.transaction('inspections').objectStore('inspections').count();
						counted.onsuccess = () => resolve(counted.result);
					};
					open.onerror = () => resolve(0);
				}),
			name
		);
		expect(count).toBe(0);
	}

	await page.goto(server.url(`/admin/templates?id=${TEMPLATE}`));
	await page.getByRole('button', { name: 'Công bố phiên bản 2' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã công bố phiên bản mới' })).toBeVisible();

	const versions = await catalogVersions(page, server, TEMPLATE);
	expect(versions.map((t) => t.version)).toEqual([1, 2]);
	const [v1, v2] = versions;
	expect(v1?.sections[0]?.items[0]).toMatchObject({ id: 'discipline.on-post', response: { kind: 'compliance' } });
	expect(v2?.sections[0]?.items[0]).toMatchObject({
		id: 'discipline.on-post',
		text: { vi: 'Cán bộ có mặt tại vị trí làm việc (sửa trong ứng dụng)' },
		response: { kind: 'number', min: 0, compliantMax: 1, unit: { vi: 'người vắng', en: 'absent' } }
	});
	expect(v2?.sections[0]?.items).toHaveLength(8);
	expect(v2?.sections[0]?.items[5]).toMatchObject({ text: { vi: 'Có sổ theo dõi giờ làm việc (mục mới)' } });
	expect(v2?.sections[0]?.items[5]?.id).toMatch(/^discipline\.\d+$/);
	await context.close();
});

test('the draft save is for administrators only, checked with the shared schema and the draft’s revision', async ({ request, server }) => {
	const inspector = await signIn(server, ACCOUNTS.inspector);
	const admin = await signIn(server, ACCOUNTS.admin);
	const created = await admin.api.post(`/admin/templates?/draft`, { form: { templateId: TEMPLATE } });
	expect(created.ok()).toBe(true);
	const got = await admin.api.get('/api/admin/templates');
	expect(got.status()).toBe(200);
	type Draft = { templateId: string; revision: number; body: { title: unknown; description: unknown; sections: { items: Record<string, unknown>[] }[] } };
	const draft = ((await got.json()) as { drafts: Draft[] }).drafts.find((d) => d.templateId === TEMPLATE);
	if (!draft) throw new Error('no draft');
	const content = { title: draft.body.title, description: draft.body.description, sections: draft.body.sections };

	expect((await inspector.api.put('/api/admin/templates/draft', { data: { templateId: TEMPLATE, revision: draft.revision, content } })).status()).toBe(403);
	expect((await request.put(server.url('/api/admin/templates/draft'), { data: { templateId: TEMPLATE, revision: draft.revision, content }, headers: { origin: server.origin } })).status()).toBe(401);

	// An item without Vietnamese wording: 400, the field named by its path.
	const first = draft.body.sections[0]?.items[0] ?? {};
	const broken = { ...content, sections: [{ ...draft.body.sections[0], items: [{ ...first, text: { vi: '', en: 'x' } }] }, ...draft.body.sections.slice(1)] };
	const refused = await admin.api.put('/api/admin/templates/draft', { data: { templateId: TEMPLATE, revision: draft.revision, content: broken } });
	expect(refused.status()).toBe(400);
	expect(Object.keys((await apiError(refused)).fields ?? {})).toContain('content.sections.0.items.0.text.vi');

	const saved = await admin.api.put('/api/admin/templates/draft', { data: { templateId: TEMPLATE, revision: draft.revision, content } });
	expect(saved.status()).toBe(200);
	// The same revision again: someone saved meanwhile, nothing written.
	const stale = await admin.api.put('/api/admin/templates/draft', { data: { templateId: TEMPLATE, revision: draft.revision, content } });
	expect(stale.status()).toBe(409);
	expect((await apiError(stale)).code).toBe('draft-conflict');
	await inspector.api.dispose();
	await admin.api.dispose();
});
