import { expect, test } from '@playwright/test';
import { answerCompliant, goToSection, itemCards, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { apiAs, expectNothingWaiting, finalizeFromForm, finalizeShortInspection, openMyInspections, PHOTOS, serverInspection, SHORT_TEMPLATE } from './support/sync';

// A gallery photo from an earlier day (the Konica fixture's EXIF says 19 April 2008): flagged on the
// phone the moment it is stored and on the summary; signed into the record with how it came; after
// sync the supervisor finds the inspection with the queue's photo filter and sees why on its page.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a gallery photo from years before the visit is flagged on the phone at once, and in the queue and on the review page after sync', async ({ page, browser }) => {
	test.setTimeout(180_000);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// An inspection without photos: nothing to flag, it must stay out of the filter.
	const clean = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);

	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', SHORT_TEMPLATE);
	const flagged = new URL(page.url()).pathname.split('/')[2] ?? '';
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	const general = page.getByRole('region', { name: 'Ảnh chung' });
	await general.getByLabel('Chọn ảnh có sẵn').setInputFiles(PHOTOS.konica);
	await expect(general.getByRole('img', { name: /^Ảnh chung 1(:|$)/ })).toBeVisible({ timeout: 30_000 });
	// At once, beside the thumbnail, in words (not colour only).
	const warnings = general.getByRole('list', { name: 'Cần lưu ý về ảnh 1' });
	await expect(warnings.getByRole('listitem')).toHaveText([/Chụp trước buổi kiểm tra \d+ năm/]);

	for (const section of [/Rượu, bia, thuốc lá/, /Chế độ hội họp/]) {
		await goToSection(page, section);
		const cards = itemCards(page);
		for (let k = 0; k < (await cards.count()); k++) await answerCompliant(cards.nth(k));
	}
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	// The summary says it again before finalize, naming what the photo backs.
	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	const summary = page.getByRole('region', { name: 'Ảnh cần lưu ý (1)' });
	await expect(summary.getByRole('list', { name: 'Cần lưu ý: Ảnh chung của buổi kiểm tra' })).toContainText(/Chụp trước buổi kiểm tra \d+ năm/);
	await page.goto(server.url(`/inspections/${flagged}`));
	await finalizeFromForm(page);

	await openMyInspections(page);
	await expectNothingWaiting(page, 30_000);

	// The signed record says how the photo came and what its EXIF said.
	const api = await apiAs(server.url('/'), server.origin, 'giamsat.tinh');
	const record = JSON.parse((await serverInspection(api, flagged)).content.manifest) as { photos: { source: string; exifCapturedAt: string | null; exifLocation: unknown }[] };
	expect(record.photos).toEqual([expect.objectContaining({ source: 'gallery', exifCapturedAt: '2008-04-19T06:43:16.000Z', exifLocation: null })]);
	await api.dispose();

	// The supervisor: the queue's photo filter finds exactly that inspection.
	const desk = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
	const supervisor = await desk.newPage();
	await supervisor.goto(server.url('/'));
	await signIn(supervisor, 'giamsat.tinh');
	await supervisor.goto(server.url('/review'));
	await expect(supervisor.getByRole('status').filter({ hasText: '2 biên bản' })).toBeVisible();
	await supervisor.getByRole('checkbox', { name: 'Ảnh cần lưu ý' }).check();
	await supervisor.getByRole('button', { name: 'Lọc' }).click();
	await expect(supervisor).toHaveURL(/[?&]flags=photo-flagged/);
	await expect(supervisor.getByRole('status').filter({ hasText: '1 biên bản' })).toBeVisible();
	const row = supervisor.getByRole('row').filter({ has: supervisor.getByRole('link', { name: 'Sở Nội vụ' }) });
	await expect(row).toHaveCount(1);
	await expect(row.getByText('Ảnh cần lưu ý')).toBeVisible();
	await row.getByRole('link', { name: 'Sở Nội vụ' }).click();
	await expect(supervisor).toHaveURL(new RegExp(`/review/${flagged}$`));
	expect(clean).not.toBe(flagged);

	// On the review page, per photo: how it came and the flag, in words.
	const evidence = supervisor.getByRole('region', { name: /Ảnh minh chứng/ });
	await expect(evidence.getByText('Chọn từ thư viện ảnh của máy')).toBeVisible();
	await expect(evidence.getByRole('list', { name: /^Cần lưu ý về ảnh/ }).getByRole('listitem')).toHaveText([/Chụp trước buổi kiểm tra \d+ năm/]);
	await desk.close();
});
