import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectAppShown } from './support/app';
import { goToSection, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { ensureSignedIn } from './support/session';

let server: AppServer;

test.beforeAll(async () => {
	server = await AppServer.start();
});

test.afterAll(async () => {
	await server.stop();
});

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** Every inspector page, with a real draft so the form and the summary have content. */
async function inspectorPages(page: Page): Promise<string[]> {
	await page.goto(server.url('/'));
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'minh xuan', 'Phường Minh Xuân');
	const formUrl = new URL(page.url()).pathname;
	// One violation so the summary shows its violation list and citations.
	await page.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption({ index: 1 });
	await page.locator('main article').first().getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	const firstSection = await page.getByRole('combobox', { name: 'Chuyển đến phần' }).inputValue();
	return [
		'/',
		'/inspections/new',
		formUrl,
		`${formUrl}?section=${firstSection}`,
		`${formUrl}/summary`,
		'/templates',
		'/templates/van-hoa-cong-vu@1',
		'/settings'
	];
}

async function openAllDetails(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

test('no horizontal scrolling on any inspector page at 360×740', async ({ page }) => {
	for (const path of await inspectorPages(page)) {
		await page.goto(server.url(path));
		await expectAppShown(page);
		await openAllDetails(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
	}
});

test('axe finds no serious or critical accessibility violations on inspector pages', async ({ page }) => {
	// Every inspector page in both languages, each a full axe run: about a minute on two cores.
	test.setTimeout(150_000);
	for (const path of await inspectorPages(page)) {
		for (const language of ['vi', 'en'] as const) {
			await page.goto(server.url(path));
			await expectAppShown(page);
			if (language === 'en') await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
			await openAllDetails(page);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			const blocking = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(blocking, `${path} in ${language}`).toEqual([]);
			if (language === 'en') await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
		}
	}
});

test('the English switch is remembered across a reload', async ({ page }) => {
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'My inspections' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'My inspections' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Phiếu kiểm tra của tôi' })).toBeVisible();
});

test('the storage figures on Settings stay readable on a 360 px phone, in both languages', async ({ page }) => {
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await page.goto(server.url('/settings'));
	for (const [language, title, label] of [
		['vi', 'Bộ nhớ trên máy', 'Lưu trữ lâu dài'],
		['en', 'Device storage', 'Persistent storage']
	] as const) {
		if (language === 'en') await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
		const storage = page.getByRole('region', { name: title });
		await expect(storage.getByText(label, { exact: true })).toBeVisible();
		// Each value keeps a column of its own wide enough for words, not one letter a line.
		const widths = await storage.locator('dd').evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
		expect(widths.length, language).toBeGreaterThanOrEqual(4);
		for (const width of widths) expect(width, `a storage value's width in ${language}`).toBeGreaterThanOrEqual(120);
	}
	await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
});

test('the links standing on their own under the form and the summary are thumb-sized (≥ 44 px)', async ({ page }) => {
	await page.goto(server.url('/'));
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'minh xuan', 'Phường Minh Xuân');
	const toSummary = page.getByRole('main').getByRole('link', { name: 'Xem tóm tắt và hoàn tất' });
	expect((await toSummary.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
	await toSummary.click();
	const backToForm = page.getByRole('link', { name: 'Quay lại sửa phiếu' });
	await expect(backToForm).toBeVisible();
	expect((await backToForm.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test('a figure outside its range is called invalid where it is typed, not "Đạt yêu cầu"', async ({ page }) => {
	await page.goto(server.url('/'));
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'minh xuan', 'Phường Minh Xuân');
	await goToSection(page, /Ứng dụng công nghệ thông tin/);
	const card = page.locator('main article').filter({ hasText: 'Tỷ lệ hồ sơ nộp trực tuyến' });
	const figure = card.getByRole('textbox', { name: /Số liệu/ });
	await figure.fill('455');
	await expect(card.getByText('Số liệu không hợp lệ: phải từ 0 đến 100 %.')).toBeVisible();
	await expect(card.getByText('Đạt yêu cầu', { exact: true })).toHaveCount(0);
	await expect(figure).toHaveAttribute('aria-invalid', 'true');
	await figure.fill('45.5');
	await expect(card.getByText('Đạt yêu cầu', { exact: true })).toBeVisible();
	await expect(figure).not.toHaveAttribute('aria-invalid', 'true');
});

/** The stored value of one answer of the only inspection on the device (IndexedDB, as saved). */
async function storedAnswer(page: Page, itemId: string): Promise<unknown> {
	return page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const inspections = await new Promise<{ answers: Record<string, { value: unknown }> }[]>((resolve, reject) => {
			const req = db.transaction('inspections').objectStore('inspections').getAll();
			req.onsuccess = () => resolve(req.result as { answers: Record<string, { value: unknown }> }[]);
			req.onerror = () => reject(req.error ?? new Error('read failed'));
		});
		db.close();
		return inspections[0]?.answers[id]?.value;
	}, itemId);
}

test('a decimal comma is a decimal: "2,5" is stored as 2.5, shown back as "2,5", and what is not a figure is said', async ({ page }) => {
	await page.goto(server.url('/'));
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'minh xuan', 'Phường Minh Xuân');
	await goToSection(page, /Chế độ hội họp/);
	const card = page.locator('main article').filter({ hasText: 'Thông báo kết luận cuộc họp' });
	const days = card.getByRole('textbox', { name: /Số liệu/ });
	await expect(days).toHaveAttribute('inputmode', 'decimal');
	await days.fill('2,5');
	// Within 5 working days: met, not "25 days, below the requirement".
	await expect(card.getByText('Đạt yêu cầu', { exact: true })).toBeVisible();
	await expect.poll(() => storedAnswer(page, 'meetings.conclusion-notice')).toBe(2.5);
	await days.blur();
	await expect(days).toHaveValue('2,5');
	await days.fill('2.5');
	await days.blur();
	await expect(days).toHaveValue('2,5');

	// Not a figure: said by the field, nothing stored in its place.
	await days.fill('2,5,1');
	await days.blur();
	await expect(card.getByRole('alert')).toContainText('"2,5,1" không phải số liệu');
	await expect(days).toHaveAttribute('aria-invalid', 'true');
	await expect.poll(() => storedAnswer(page, 'meetings.conclusion-notice')).toBe(2.5);
	await days.fill('6');
	await expect(card.getByRole('alert')).toHaveCount(0);
	await expect(card.getByText('Chưa đạt yêu cầu', { exact: true })).toBeVisible();
	await expect.poll(() => storedAnswer(page, 'meetings.conclusion-notice')).toBe(6);
});

