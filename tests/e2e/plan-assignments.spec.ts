import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { answerShortChecklistCompliant, expectNothingWaiting, finalizeFromForm, openMyInspections, SHORT_TEMPLATE } from './support/sync';

// The programme from the plan to the phones: a supervisor plans two visits, one with a three-member
// team (two accounts and someone without one) and one whose window has already passed; both
// inspectors' phones list the assignment offline; one starts it offline (agency, checklist and team
// filled in), finalizes and syncs; the other phone then shows it was started; the plan's progress
// page shows the first visit submitted and the second overdue.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

/** dd/mm/yyyy of today plus `days` in Vietnam, as a person types it. */
function typedDate(days: number): string {
	const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + days * 86_400_000)).split('-');
	return `${d}/${m}/${y}`;
}

async function seriousAxe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function sideways(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function addColleague(visit: ReturnType<Page['getByRole']>, name: string, role: string): Promise<void> {
	await visit.getByRole('combobox', { name: 'Thêm đồng nghiệp có tài khoản' }).selectOption({ label: name });
	await visit.getByRole('combobox', { name: 'Vai trò trong đoàn' }).selectOption({ label: role });
	await visit.getByRole('button', { name: 'Thêm vào đoàn' }).click();
	await expect(visit.getByRole('combobox', { name: `Vai trò của ${name}` })).toBeVisible();
}

async function pickAgency(visit: ReturnType<Page['getByRole']>, query: string, name: string): Promise<void> {
	await visit.getByRole('searchbox', { name: 'Cơ quan được kiểm tra' }).fill(query);
	await visit.getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

async function phone(browser: import('@playwright/test').Browser, username: string) {
	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(server.url('/'));
	await signIn(page, username);
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	return { context, page };
}

test('a plan reaches both inspectors offline; one starts it pre-filled; the other sees it started; progress shows submitted and overdue', async ({ browser }) => {
	test.setTimeout(240_000);
	// The supervisor's device pulls the colleagues list (teams are picked from it) with its first sync.
	const supervisor = await phone(browser, 'giamsat.tinh');
	const sup = supervisor.page;
	await sup.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Kế hoạch kiểm tra' })).toBeVisible();
	await sup.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Lập kế hoạch kiểm tra' })).toBeVisible();

	await sup.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Kế hoạch kiểm tra công vụ năm 2026');
	await sup.getByRole('textbox', { name: /Căn cứ pháp lý/ }).fill('Luật Cán bộ, công chức năm 2025');
	const first = sup.getByRole('group', { name: 'Đợt 1' });
	await pickAgency(first, 'so noi vu', 'Sở Nội vụ');
	await first.getByRole('combobox', { name: 'Mẫu phiếu kiểm tra' }).selectOption({ label: SHORT_TEMPLATE });
	await addColleague(first, 'Nguyễn Văn An', 'Trưởng đoàn');
	await addColleague(first, 'Trần Thị Bích', 'Thành viên');
	await first.getByText('Thêm người không có tài khoản').click();
	await first.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Lê Văn Cường');
	await first.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Chuyên viên Sở Nội vụ');
	await first.getByRole('combobox', { name: 'Vai trò của người này' }).selectOption({ label: 'Thư ký' });
	await first.getByRole('button', { name: 'Thêm người này vào đoàn' }).click();
	await expect(first.getByRole('combobox', { name: 'Vai trò của Lê Văn Cường' })).toHaveValue('secretary');

	await sup.getByRole('button', { name: 'Thêm đợt kiểm tra' }).click();
	const second = sup.getByRole('group', { name: 'Đợt 2' });
	await pickAgency(second, 'so tu phap', 'Sở Tư pháp');
	await second.getByRole('combobox', { name: 'Mẫu phiếu kiểm tra' }).selectOption({ label: SHORT_TEMPLATE });
	await second.getByRole('textbox', { name: 'Từ ngày' }).fill(typedDate(-20));
	await second.getByRole('textbox', { name: 'Đến ngày' }).fill(typedDate(-10));
	await addColleague(second, 'Trần Thị Bích', 'Trưởng đoàn');
	// The form at 360 px: nothing serious for axe, no sideways scrolling.
	expect(await seriousAxe(sup)).toEqual([]);
	expect(await sideways(sup)).toBeLessThanOrEqual(0);

	await sup.getByRole('button', { name: 'Lưu kế hoạch' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Kế hoạch kiểm tra công vụ năm 2026' })).toBeVisible();
	const planUrl = sup.url();

	// The decision forming the team: a draft, then numbered from the register and downloaded as .docx.
	await sup.getByRole('link', { name: 'Quyết định (đợt 1)' }).click();
	const decision = sup.getByRole('article');
	await expect(decision.getByText('BẢN DỰ THẢO (chưa cấp số)')).toBeVisible();
	await sup.getByRole('textbox', { name: 'Họ và tên người ký' }).fill('Lê Minh Châu');
	await sup.getByRole('button', { name: 'Cấp số và ban hành' }).click();
	await expect(decision.getByText(/Số: 01\/QĐ-/)).toBeVisible();
	await expect(decision.getByText('BẢN DỰ THẢO (chưa cấp số)')).toHaveCount(0);
	await expect(decision.getByText(/Ông\/Bà Nguyễn Văn An – Trưởng đoàn/)).toBeVisible();
	await expect(decision.getByText(/Ông\/Bà Lê Văn Cường, Chuyên viên Sở Nội vụ – Thư ký/)).toBeVisible();
	const [download] = await Promise.all([sup.waitForEvent('download'), sup.getByRole('button', { name: 'Tải tệp .docx' }).click()]);
	const { readFileSync } = await import('node:fs');
	const { strFromU8, unzipSync } = await import('fflate');
	const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path()) as string)))['word/document.xml'] as Uint8Array);
	const words = xml.replace(/<[^>]+>/g, '');
	for (const expected of ['QUYẾT ĐỊNH', '01/QĐ-', 'Nguyễn Văn An – Trưởng đoàn', 'Trần Thị Bích – Thành viên', 'Sở Nội vụ', 'Lê Minh Châu']) expect(words).toContain(expected);
	// Issued once: opening it again shows the same number.
	await sup.reload();
	await expect(sup.getByRole('article').getByText(/Số: 01\/QĐ-/)).toBeVisible();
	await sup.goto(planUrl);

	// Both inspectors' phones get the assignment with their first sync, and keep it offline.
	const an = await phone(browser, 'thanhtra1');
	const bich = await phone(browser, 'thanhtra2');
	for (const p of [an, bich]) {
		await p.context.setOffline(true);
		await p.page.goto(server.url('/'));
		const assigned = p.page.getByRole('region', { name: /^Việc được giao/ });
		await expect(assigned.getByRole('listitem').filter({ hasText: 'Sở Nội vụ' })).toBeVisible({ timeout: 20_000 });
		await expect(assigned.getByRole('listitem').filter({ hasText: 'Sở Nội vụ' })).toContainText(SHORT_TEMPLATE);
	}
	// Only Bích is on the team of the second visit.
	await expect(bich.page.getByRole('region', { name: /^Việc được giao/ }).getByRole('listitem').filter({ hasText: 'Sở Tư pháp' })).toContainText('Quá hạn');
	await expect(an.page.getByRole('region', { name: /^Việc được giao/ }).getByRole('listitem').filter({ hasText: 'Sở Tư pháp' })).toHaveCount(0);

	// An starts it offline: agency, checklist and team come from the plan.
	await an.page.getByRole('button', { name: 'Bắt đầu kiểm tra: Sở Nội vụ' }).click();
	await expect(an.page.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();
	await an.page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await an.page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng');
	await answerShortChecklistCompliant(an.page);
	await finalizeFromForm(an.page, async (summary) => {
		await expect(summary.getByRole('definition').filter({ hasText: 'Nguyễn Văn An (Trưởng đoàn)' })).toBeVisible();
		await expect(summary.getByRole('definition').filter({ hasText: 'Lê Văn Cường (Thư ký, Chuyên viên Sở Nội vụ)' })).toBeVisible();
	});
	await an.context.setOffline(false);
	await openMyInspections(an.page);
	await expectNothingWaiting(an.page, 30_000);
	await expect(an.page.getByRole('region', { name: /^Việc được giao/ }).getByRole('link', { name: 'Mở phiếu của đợt này' })).toBeVisible();

	// Bích's phone, back online, learns with its next sync that An started it.
	await bich.context.setOffline(false);
	await bich.page.goto(server.url('/'));
	await bich.page.getByRole('button', { name: 'Gửi ngay' }).click();
	await expect(bich.page.getByRole('region', { name: /^Việc được giao/ }).getByRole('listitem').filter({ hasText: 'Sở Nội vụ' })).toContainText('Đã bắt đầu: Nguyễn Văn An', { timeout: 20_000 });
	await expect(bich.page.getByRole('button', { name: 'Bắt đầu kiểm tra: Sở Nội vụ' })).toHaveCount(0);

	// The plan's progress: the first visit submitted, the second overdue, on the table and the map.
	await sup.goto(planUrl);
	const rows = sup.getByRole('table', { name: 'Các đợt kiểm tra của kế hoạch' }).getByRole('row');
	await expect(rows.filter({ hasText: 'Sở Nội vụ' })).toContainText('Đã gửi biên bản');
	await expect(rows.filter({ hasText: 'Sở Nội vụ' }).getByRole('link', { name: 'Biên bản của Nguyễn Văn An' })).toBeVisible();
	await expect(rows.filter({ hasText: 'Sở Tư pháp' })).toContainText('Quá hạn');
	await expect(sup.getByRole('region', { name: 'Bản đồ các đợt kiểm tra theo tình trạng' })).toBeVisible();
	// Both visits are drawn: as two dots, or as one numbered group when they sit close (one city).
	await expect
		.poll(() => sup.evaluate(() => document.querySelectorAll('path.leaflet-interactive').length + [...document.querySelectorAll('.stats-cluster span')].reduce((n, s) => n + Number(s.textContent), 0)))
		.toBe(2);
	expect(await seriousAxe(sup)).toEqual([]);
	expect(await sideways(sup)).toBeLessThanOrEqual(0);
	// The overdue visit is on the supervisor's queue too.
	await sup.goto(server.url('/review'));
	await expect(sup.getByRole('region', { name: /^Đợt kiểm tra quá hạn/ })).toContainText('Sở Tư pháp');

	for (const c of [supervisor, an, bich]) await c.context.close();
});
