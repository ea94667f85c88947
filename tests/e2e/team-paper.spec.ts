import { expect, test } from '@playwright/test';
import { startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { answerShortChecklistCompliant, expectNothingWaiting, finalizeFromForm, group, openMyInspections, PHOTOS, SHORT_TEMPLATE } from './support/sync';

// The structured team and the paper signature, end to end: the inspector picks a colleague (an
// account, from the list the phone keeps offline) as trưởng đoàn and adds someone without an
// account as thư ký; the parties sign on paper and the signed page's photo goes into the signed
// record; the biên bản prints the team by role and the head's name under the team's signature; the
// supervisor sees the team and the signed page on the review and verify pages.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('a team picked on the phone prints by role, and the photo of the signed paper reaches the supervisor', async ({ page, browser }) => {
	test.setTimeout(150_000);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', SHORT_TEMPLATE);
	const id = new URL(page.url()).pathname.split('/')[2] ?? '';

	await page.getByRole('button', { name: 'Sửa đoàn kiểm tra' }).click();
	const team = page.getByRole('region', { name: 'Đoàn kiểm tra' });
	// The one who starts the inspection leads until the team says otherwise.
	await expect(team.getByRole('combobox', { name: 'Vai trò của Nguyễn Văn An' })).toHaveValue('lead');
	// A colleague with an account, from the list pulled with the sync, becomes the head.
	await team.getByRole('combobox', { name: 'Thêm đồng nghiệp có tài khoản' }).selectOption({ label: 'Trần Thị Bích' });
	await team.getByRole('combobox', { name: 'Vai trò trong đoàn' }).selectOption({ label: 'Trưởng đoàn' });
	await team.getByRole('button', { name: 'Thêm vào đoàn' }).click();
	await expect(team.getByRole('combobox', { name: 'Vai trò của Trần Thị Bích' })).toHaveValue('lead');
	// One head: the inspector is now a member.
	await expect(team.getByRole('combobox', { name: 'Vai trò của Nguyễn Văn An' })).toHaveValue('member');
	// Someone without an account, by name and position, with the keyboard.
	await team.getByText('Thêm người không có tài khoản').click();
	await team.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Lê Văn Cường');
	await team.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Chuyên viên Sở Nội vụ');
	await team.getByRole('combobox', { name: 'Vai trò của người này' }).selectOption({ label: 'Thư ký' });
	await team.getByRole('textbox', { name: 'Chức vụ', exact: true }).press('Enter');
	await expect(team.getByRole('combobox', { name: 'Vai trò của Lê Văn Cường' })).toHaveValue('secretary');

	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng');
	await answerShortChecklistCompliant(page);

	await finalizeFromForm(page, async (summary) => {
		await expect(summary.getByRole('definition').filter({ hasText: 'Trần Thị Bích (Trưởng đoàn)' })).toBeVisible();
		const signatures = summary.getByRole('region', { name: 'Chữ ký' });
		await signatures.getByRole('checkbox', { name: 'Các bên ký trên biên bản giấy' }).check();
		// The copy for signing prints before finalizing, and says it is not sealed yet.
		await expect(signatures.getByRole('link', { name: 'In bản để ký' })).toBeVisible();
		await signatures.getByLabel('Chọn ảnh có sẵn').setInputFiles(PHOTOS.sony);
		await expect(signatures.getByRole('img', { name: /^Ảnh biên bản giấy đã ký 1(:|$)/ })).toBeVisible({ timeout: 30_000 });
	});

	// The biên bản on the phone: the team by role, never garbled, and the head signs for it.
	await page.goto(server.url(`/inspections/${id}/record`));
	const document = page.getByRole('article');
	const members = document.getByRole('listitem');
	await expect(members.filter({ hasText: 'Ông/Bà Trần Thị Bích – Trưởng đoàn' })).toHaveCount(1);
	await expect(members.filter({ hasText: 'Ông/Bà Nguyễn Văn An – Thành viên' })).toHaveCount(1);
	await expect(members.filter({ hasText: 'Ông/Bà Lê Văn Cường, Chuyên viên Sở Nội vụ – Thư ký' })).toHaveCount(1);
	await expect(document.getByText(/Trưởng đoàn – Thành viên/)).toHaveCount(0);
	await expect(document.locator('.signatures .name').last()).toHaveText('Trần Thị Bích');
	await expect(document.getByText(/Bản gốc bằng giấy của biên bản này đã được các bên ký/)).toBeVisible();
	const paperHash = ((await document.getByText(/Bản gốc bằng giấy/).locator('code').first().textContent()) ?? '').trim();
	expect(paperHash).toMatch(/^[0-9a-f]{64}$/);

	await page.goto(server.url('/'));
	await openMyInspections(page);
	// Sent: listed among the sent ones (the panel's counters alone can show an earlier sync).
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(1)', { timeout: 30_000 });
	await expectNothingWaiting(page, 30_000);

	// The supervisor: the team on the review page, the signed page among the photos, and on /verify.
	const desk = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const supervisor = await desk.newPage();
	await supervisor.goto(server.url('/'));
	await signIn(supervisor, 'giamsat.tinh');
	await supervisor.goto(server.url(`/review/${id}`));
	const teamList = supervisor.getByRole('list', { name: 'Thành phần đoàn kiểm tra' });
	await expect(teamList.getByRole('listitem')).toHaveText([
		'Trần Thị Bích – Trưởng đoàn',
		'Nguyễn Văn An – Thành viên',
		'Lê Văn Cường – Thư ký, Chuyên viên Sở Nội vụ (không có tài khoản)'
	]);
	await expect(supervisor.getByRole('definition').filter({ hasText: 'Ký trên giấy; có 1 ảnh bản giấy đã ký' })).toBeVisible();
	await expect(supervisor.getByRole('img', { name: 'Ảnh biên bản giấy đã ký' })).toBeVisible();
	await expect(supervisor.getByText('Ảnh biên bản giấy đã ký (bản gốc có chữ ký các bên)')).toBeVisible();

	const fingerprint = ((await supervisor.getByRole('link', { name: 'Kiểm tra', exact: true }).getAttribute('href')) ?? '').split('/').at(-1) ?? '';
	await supervisor.goto(server.url(`/verify/${fingerprint}`));
	await expect(supervisor.getByRole('definition').filter({ hasText: 'Các bên ký trên giấy' })).toContainText(paperHash);
	await desk.close();
});
