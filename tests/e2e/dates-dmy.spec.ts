import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addMonths } from '../../src/lib/domain/calendarMonth';
import { vietnamDate } from '../../src/lib/domain/dates';
import { DEFAULT_RECOMMENDATION_DAYS } from '../../src/lib/domain/recommendation';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { AppServer } from './support/server';
import { signIn } from './support/session';

// An English-language browser: <input type="date"> showed mm/dd/yyyy there (01/05/2027: 5 January or 1 May?).
test.use({ locale: 'en-US' });

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

const DMY = /^\d{2}\/\d{2}\/\d{4}$/;
const ON_POST = 'Cán bộ, công chức có mặt tại vị trí làm việc trong giờ làm việc, không làm việc riêng';

/** Every date field of the page reads dd/mm/yyyy, and none is the browser's own date input. */
async function expectDayMonthYearFields(page: Page, names: string[]): Promise<void> {
	await expect(page.locator('input[type="date"]')).toHaveCount(0);
	for (const name of names) {
		const field = page.getByRole('textbox', { name, exact: true }).first();
		await expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy');
		const value = await field.inputValue();
		if (value !== '') expect(value, name).toMatch(DMY);
	}
}

test('an English browser reads and types every date as dd/mm/yyyy; a day picked with the keyboard lands as the right ISO date', async ({ page }) => {
	test.setTimeout(90_000);
	// One submitted inspection (2 March 2026) with a violation, so the review page asks for a deadline.
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const item = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' } });
	expect((await inspector.api.post('/api/sync/push', { data: { items: [item] } })).status()).toBe(200);
	await inspector.api.dispose();

	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.provinceSupervisor);
	expect(await page.evaluate(() => navigator.language)).toBe('en-US');

	// The queue: typed day first in any of the usual ways, or picked on the calendar with the keyboard.
	await page.goto(server.url('/review'));
	await expectDayMonthYearFields(page, ['Từ ngày', 'Đến ngày']);
	const from = page.getByRole('textbox', { name: 'Từ ngày' });
	const to = page.getByRole('textbox', { name: 'Đến ngày' });
	await from.fill('3/2/2026');
	await page.getByRole('button', { name: /^Chọn ngày trên lịch \(Từ ngày\)/ }).click();
	const calendar = page.getByRole('dialog', { name: 'Chọn ngày: Từ ngày' });
	await expect(calendar.getByRole('heading', { name: 'Tháng 2 năm 2026' })).toBeVisible();
	// 3 February 2026 (a Tuesday) has the focus; a month on, to Monday, one day back: Sunday 1 March.
	await expect(calendar.getByRole('gridcell', { name: 'Thứ Ba, 3 tháng 2 năm 2026' })).toBeFocused();
	const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await page.keyboard.press('PageDown');
	await expect(calendar.getByRole('heading', { name: 'Tháng 3 năm 2026' })).toBeVisible();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowLeft');
	await expect(calendar.getByRole('gridcell', { name: 'Chủ Nhật, 1 tháng 3 năm 2026' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(calendar).toBeHidden();
	await expect(from).toHaveValue('01/03/2026');
	// Focus goes back to the button that opened the calendar.
	await expect(page.getByRole('button', { name: /^Chọn ngày trên lịch \(Từ ngày\), đang chọn 01\/03\/2026/ })).toBeFocused();

	// Escape leaves the calendar without changing anything.
	await page.keyboard.press('Enter');
	await expect(calendar).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Escape');
	await expect(calendar).toBeHidden();
	await expect(from).toHaveValue('01/03/2026');

	// A day that does not exist is said where it is typed and blocks the filter.
	await to.fill('31/02/2026');
	await to.blur();
	await expect(page.getByText('Không có ngày 31/02/2026. Hãy kiểm tra ngày và tháng.')).toBeVisible();
	await expect(to).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).not.toHaveURL(/[?&]to=/);
	await to.fill('5-3-2026');
	await to.blur();
	await expect(to).toHaveValue('05/03/2026');
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).toHaveURL(/[?&]from=2026-03-01(&|$)/);
	await expect(page).toHaveURL(/[?&]to=2026-03-05(&|$)/);
	await expect(page.getByRole('status').filter({ hasText: '1 biên bản' })).toBeVisible();
	// A shared link shows its dates day first too.
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/03/2026');
	await expect(page.getByRole('textbox', { name: 'Đến ngày' })).toHaveValue('05/03/2026');

	// The review page: the approval deadline reads dd/mm/yyyy and a month later picked with the keyboard.
	await page.goto(server.url(`/review/${item.inspection.id}`));
	const defaultDeadline = vietnamDate(new Date(Date.now() + DEFAULT_RECOMMENDATION_DAYS * 86_400_000));
	const chosen = addMonths(defaultDeadline, 1);
	const deadline = page.getByRole('textbox', { name: ON_POST });
	await expect(deadline).toHaveValue(defaultDeadline.split('-').reverse().join('/'));
	await page.getByRole('button', { name: new RegExp(`^Chọn ngày trên lịch \\(${ON_POST}\\)`) }).click();
	const deadlineCalendar = page.getByRole('dialog', { name: `Chọn ngày: ${ON_POST}` });
	await expect(deadlineCalendar).toBeVisible();
	await page.keyboard.press('PageDown');
	await page.keyboard.press(' ');
	await expect(deadline).toHaveValue(chosen.split('-').reverse().join('/'));
	await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Nhật ký xử lý' }).getByText('Duyệt', { exact: true })).toBeVisible();
	const stored = await page.evaluate(async () => ((await (await fetch('/api/recommendations')).json()) as { items: { deadline: string }[] }).items.map((r) => r.deadline));
	// Stored as the end of that day in Vietnam time.
	expect(stored.map((instant) => vietnamDate(instant))).toEqual([chosen]);

	// Recommendations and statistics: the same fields.
	await page.goto(server.url('/recommendations'));
	await expect(page.getByRole('heading', { level: 1, name: 'Kiến nghị' })).toBeVisible();
	await expectDayMonthYearFields(page, ['Hạn mới']);
	await page.goto(server.url('/stats'));
	await expect(page.getByRole('heading', { level: 1, name: 'Thống kê' })).toBeVisible();
	await expectDayMonthYearFields(page, ['Từ ngày', 'Đến ngày']);
	await page.getByRole('textbox', { name: 'Từ ngày' }).fill('05/01/2026');
	await page.getByRole('button', { name: 'Xem' }).click();
	await expect(page).toHaveURL(/[?&]from=2026-01-05(&|$)/);
});
