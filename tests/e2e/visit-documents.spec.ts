import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, signIn as apiSignIn, TEMPLATE, type Session } from './support/api';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';

// A plan's decision and notice on paper, and what happens when the plan changes after they were
// issued: both are printed to PDF as the browser prints them and read back with pdftotext (the
// NĐ 30/2020 heading, number, subject, body, "Nơi nhận", signer; nothing of the app); a team edited
// after issue leaves the issued decision as it was, the page says the plan changed, and a replacement
// takes the next number and names the one it replaces. Then one conclusion covers two approved visits
// of the plan (two agencies), previewed before it is issued.

let server: AppServer;
let supervisor: Session;
let inspector: Session;

test.beforeEach(async () => {
	server = await AppServer.start();
	[supervisor, inspector] = await Promise.all([apiSignIn(server, ACCOUNTS.provinceSupervisor), apiSignIn(server, ACCOUNTS.inspector)]);
});

test.afterEach(async () => {
	for (const s of [supervisor, inspector]) await s?.api.dispose();
	await server.dispose();
});

/** A Vietnam calendar date `days` from today, as the plan stores it. */
function isoDate(days: number): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + days * 86_400_000));
}

async function seriousAxe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The page printed as the browser prints it (print CSS, A4), its text as pdftotext reads it (whole,
 * and each sheet's own), and its pages as PNG files beside it, to look at.
 */
async function printed(page: Page, info: TestInfo, name: string): Promise<{ text: string; pages: number; sheets: string[] }> {
	const pdf = info.outputPath(`${name}.pdf`);
	writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	execFileSync('pdftoppm', ['-png', '-r', '70', pdf, info.outputPath(name)]);
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
	const sheets = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
	// Lines joined: a sentence wrapped at the margin reads as one (the heading's two columns share lines).
	return { text: text.replace(/\s+/g, ' '), pages, sheets };
}

/**
 * What the sheet holding "Nơi nhận:" and the signature has above them, its page number aside: the
 * closing must not stand alone on a page, under no text of the document.
 */
function aboveClosing(sheets: readonly string[]): string {
	const sheet = sheets.find((s) => s.includes('Nơi nhận:'));
	expect(sheet, 'a sheet with "Nơi nhận:"').toBeDefined();
	return (sheet ?? '').slice(0, (sheet ?? '').indexOf('Nơi nhận:')).replace(/^\s*\d+\s*$/m, '').trim();
}

test('the decision and the notice print in the NĐ 30/2020 layout, keep their issued text when the plan changes, and a replacement names the one it replaces; one conclusion covers two approved visits', async ({
	browser
}, info) => {
	test.setTimeout(180_000);
	const lead = { accountId: inspector.userId, name: inspector.displayName, position: 'Chuyên viên Sở Nội vụ', role: 'lead' as const };
	const team = [
		{ accountId: null, name: 'Đỗ Minh Tuấn', position: 'Chuyên viên', role: 'secretary' as const },
		lead,
		{ accountId: null, name: 'Phạm Thu Hà', position: 'Phó Chánh Thanh tra', role: 'deputy' as const },
		{ accountId: null, name: 'Lê Văn Cường', position: 'Chuyên viên', role: 'member' as const }
	];
	const window = { windowFrom: isoDate(-3), windowTo: isoDate(7) };
	const input = {
		title: 'Kế hoạch kiểm tra công vụ năm 2026',
		year: 2026,
		period: '',
		legalBasis: 'Luật Cán bộ, công chức năm 2025\nNghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
		issuingAgencyId: 'so-noi-vu',
		visits: [
			{ agencyId: 'so-tu-phap', templateId: TEMPLATE, ...window, announced: true, team },
			{ agencyId: 'van-phong-ubnd-tinh', templateId: TEMPLATE, ...window, announced: true, team: [lead] }
		]
	};
	const created = await supervisor.api.post('/api/plans', { data: input });
	expect(created.status(), await created.text()).toBe(201);
	const plan = ((await created.json()) as { plan: { id: string; version: number; visits: { id: string }[] } }).plan;
	const [first, second] = plan.visits.map((v) => v.id) as [string, string];

	// The inspector made both visits; the supervisor approved both records.
	const items = [await pushItem({ inspectorId: inspector.userId, agencyId: 'so-tu-phap', templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' }, visitId: first, team }), await pushItem({ inspectorId: inspector.userId, agencyId: 'van-phong-ubnd-tinh', templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' }, visitId: second, team: [lead] })];
	const pushed = await inspector.api.post('/api/sync/push', { data: { items } });
	expect(((await pushed.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(['created', 'created']);
	for (const item of items) {
		const approved = await supervisor.api.post(`/api/review/${item.inspection.id}`, { data: { action: 'approve', comment: '' } });
		expect(approved.status(), await approved.text()).toBe(200);
	}

	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.provinceSupervisor);
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// The decision: issued with the register's number, then printed.
	await page.goto(server.url(`/plans/${plan.id}/visits/${first}/decision`));
	const doc = page.getByRole('article');
	await expect(doc.getByText('BẢN DỰ THẢO (chưa cấp số)')).toBeVisible();
	await page.getByRole('textbox', { name: /^Thẩm quyền ký/ }).fill('KT. Giám đốc');
	await page.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('Phó Giám đốc');
	await page.getByRole('textbox', { name: 'Họ và tên người ký' }).fill('Lê Minh Châu');
	await page.getByRole('button', { name: 'Cấp số và ban hành' }).click();
	await expect(doc.getByText('Số: 01/QĐ-SNV')).toBeVisible();
	expect(await seriousAxe(page)).toEqual([]);
	const decision = await printed(page, info, 'decision');
	const inOrder = (text: string, parts: string[]) => {
		let from = 0;
		for (const part of parts) {
			const at = text.indexOf(part, from);
			expect(at, `"${part}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
			from = at + part.length;
		}
	};
	// The heading block (two columns: pdftotext -layout keeps them on shared lines), then the rest in reading order.
	for (const part of ['ỦY BAN NHÂN DÂN', 'SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 01/QĐ-SNV', 'Tuyên Quang, ngày']) {
		expect(decision.text).toContain(part);
	}
	inOrder(decision.text, [
		'QUYẾT ĐỊNH',
		'Về việc kiểm tra việc thực hiện văn hóa công vụ tại Sở Tư pháp',
		'GIÁM ĐỐC SỞ NỘI VỤ',
		'Căn cứ Luật Cán bộ, công chức năm 2025;',
		'Căn cứ Nghị định số 30/2020/NĐ-CP',
		'QUYẾT ĐỊNH:',
		'Điều 1.',
		'Điều 2.',
		`Ông/Bà ${inspector.displayName}, Chuyên viên Sở Nội vụ – Trưởng đoàn;`,
		'Ông/Bà Phạm Thu Hà, Phó Chánh Thanh tra – Phó Trưởng đoàn;',
		'Ông/Bà Lê Văn Cường, Chuyên viên – Thành viên;',
		'Ông/Bà Đỗ Minh Tuấn, Chuyên viên – Thư ký;',
		'Điều 3.',
		'Điều 4.'
	]);
	for (const part of ['Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Minh Châu']) expect(decision.text).toContain(part);
	// Only the document is on paper.
	for (const chrome of ['In văn bản', 'Tải tệp .docx', 'Quay lại kế hoạch', 'Ban hành quyết định thay thế', 'Họ và tên người ký']) expect(decision.text).not.toContain(chrome);
	expect(decision.pages).toBeGreaterThanOrEqual(1);
	expect(aboveClosing(decision.sheets)).toContain('chịu trách nhiệm thi hành Quyết định này.');

	// The notice cites the decision.
	await page.goto(server.url(`/plans/${plan.id}/visits/${first}/notice`));
	await page.getByRole('textbox', { name: 'Họ và tên người ký' }).fill('Lê Minh Châu');
	await page.getByRole('button', { name: 'Cấp số và ban hành' }).click();
	await expect(doc.getByText('Số: 01/TB-SNV')).toBeVisible();
	const notice = await printed(page, info, 'notice');
	for (const part of ['SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 01/TB-SNV', 'Nơi nhận:', '- Sở Tư pháp;', 'Lê Minh Châu']) expect(notice.text).toContain(part);
	inOrder(notice.text, ['THÔNG BÁO', 'Về việc kiểm tra việc thực hiện văn hóa công vụ', 'Thực hiện Quyết định số 01/QĐ-SNV', 'Thời gian kiểm tra: từ ngày', 'Đoàn kiểm tra:', `${inspector.displayName} (Trưởng đoàn)`, 'Phạm Thu Hà (Phó Trưởng đoàn)']);
	for (const chrome of ['In văn bản', 'Tải tệp .docx', 'Quay lại kế hoạch']) expect(notice.text).not.toContain(chrome);
	expect(aboveClosing(notice.sheets)).not.toBe('');

	// The team changes after issue: Lê Văn Cường leaves, Ngô Thị Lan joins.
	const stored = ((await (await supervisor.api.get(`/api/plans/${plan.id}`)).json()) as { plan: { version: number; visits: Record<string, unknown>[] } }).plan;
	const newTeam = [...team.filter((m) => m.name !== 'Lê Văn Cường'), { accountId: null, name: 'Ngô Thị Lan', position: 'Chuyên viên', role: 'member' as const }];
	const edited = await supervisor.api.put(`/api/plans/${plan.id}`, {
		data: { version: stored.version, plan: { ...input, visits: [{ ...input.visits[0], id: first, team: newTeam }, { ...input.visits[1], id: second }] } }
	});
	expect(edited.status(), await edited.text()).toBe(200);

	// The issued decision is unchanged; the page says the plan changed.
	await page.goto(server.url(`/plans/${plan.id}/visits/${first}/decision`));
	await expect(doc.getByText('Số: 01/QĐ-SNV')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Kế hoạch đã thay đổi sau khi ban hành quyết định này' })).toBeVisible();
	await expect(doc.getByText('Ông/Bà Lê Văn Cường, Chuyên viên – Thành viên;')).toBeVisible();
	await expect(doc.getByText(/Ngô Thị Lan/)).toHaveCount(0);
	expect(await seriousAxe(page)).toEqual([]);

	// The replacement: the next number, the team as it is now, and the number it replaces.
	await page.getByRole('button', { name: 'Cấp số và ban hành văn bản thay thế' }).click();
	await expect(doc.getByText('Số: 02/QĐ-SNV')).toBeVisible();
	await expect(doc.getByText(/^Quyết định này thay thế Quyết định số 01\/QĐ-SNV ngày/)).toBeVisible();
	await expect(doc.getByText('Ông/Bà Ngô Thị Lan, Chuyên viên – Thành viên;')).toBeVisible();
	await expect(doc.getByText(/Lê Văn Cường/)).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Kế hoạch đã thay đổi' })).toHaveCount(0);
	const replacement = await printed(page, info, 'decision-replacement');
	inOrder(replacement.text, ['Số: 02/QĐ-SNV', 'QUYẾT ĐỊNH', 'Quyết định này thay thế Quyết định số 01/QĐ-SNV', 'Ngô Thị Lan', 'Điều 4.', 'thay thế Quyết định số 01/QĐ-SNV']);
	for (const chrome of ['Các lần ban hành', 'Ban hành quyết định thay thế', 'Kế hoạch đã thay đổi']) expect(replacement.text).not.toContain(chrome);
	// Longer by its banner, it runs onto a second sheet: the last article goes over with the closing.
	expect(aboveClosing(replacement.sheets)).toContain('chịu trách nhiệm thi hành Quyết định này.');
	// The first one, opened from the list of issues, is as issued and says what replaced it.
	await page.getByRole('navigation', { name: 'Các lần ban hành' }).getByRole('link', { name: '01/QĐ-SNV' }).click();
	await expect(doc.getByText('Số: 01/QĐ-SNV')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Văn bản này đã được thay thế bởi số 02/QĐ-SNV.' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Cấp số và ban hành văn bản thay thế' })).toHaveCount(0);
	// The notice cited the replaced decision: it says the plan changed too.
	await page.goto(server.url(`/plans/${plan.id}/visits/${first}/notice`));
	await expect(page.getByRole('status').filter({ hasText: 'Kế hoạch đã thay đổi sau khi ban hành thông báo này' })).toBeVisible();

	// One conclusion for both approved visits of the plan (two agencies).
	await page.goto(server.url(`/plans/${plan.id}`));
	await page.getByRole('link', { name: 'Kết luận chung các đợt đã duyệt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kết luận chung của kế hoạch' })).toBeVisible();
	const picks = page.getByRole('group', { name: 'Các biên bản đã duyệt được kết luận' });
	await expect(picks.getByRole('checkbox', { name: /^Đợt 1: Sở Tư pháp/ })).toBeChecked();
	await expect(picks.getByRole('checkbox', { name: /^Đợt 2: Văn phòng Ủy ban nhân dân tỉnh/ })).toBeChecked();
	await page.getByRole('textbox', { name: 'Thẩm quyền ký (nếu ký thay)' }).fill('KT. Chủ tịch');
	await page.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('Phó Chủ tịch');
	await expect(page.getByRole('button', { name: 'Ban hành kết luận' })).toBeDisabled();
	await page.getByRole('button', { name: 'Xem trước' }).click();
	const preview = page.getByRole('region', { name: 'Bản xem trước' });
	await expect(preview.getByText('BẢN DỰ THẢO (chưa cấp số)')).toBeVisible();
	await expect(preview.getByText('Về việc thực hiện văn hóa công vụ tại 2 cơ quan, đơn vị')).toBeVisible();
	for (const item of items) await expect(preview.getByText(new RegExp(item.hash))).toBeVisible();
	expect(await seriousAxe(page)).toEqual([]);
	// A change of choice asks for a new preview before issuing.
	await picks.getByRole('checkbox', { name: /^Đợt 2/ }).uncheck();
	await expect(page.getByRole('button', { name: 'Ban hành kết luận' })).toBeDisabled();
	await picks.getByRole('checkbox', { name: /^Đợt 2/ }).check();
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await page.getByRole('button', { name: 'Ban hành kết luận' }).click();
	await expect(page).toHaveURL(/\/conclusions\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Số: 01/KL-UBND')).toBeVisible();
	await expect(page.getByText('BẢN DỰ THẢO (chưa cấp số)')).toHaveCount(0);
	for (const item of items) await expect(page.getByRole('article').getByText(new RegExp(item.hash))).toBeVisible();
	await expect(page.getByRole('article').getByText('- Sở Tư pháp (để thực hiện);')).toBeVisible();
	await expect(page.getByRole('article').getByText('- Văn phòng Ủy ban nhân dân tỉnh (để thực hiện);')).toBeVisible();

	await context.close();
});
