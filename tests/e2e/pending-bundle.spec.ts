import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { fakeJpeg, pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, apiError, client, INSIDE_COMMUNE, listInspectionIds, OUTSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { apiAs, expectNothingWaiting, expectPhotosOnServer, finalizeShortInspection, group, manifestOf, openMyInspections, PHOTOS, serverInspection, syncPanel } from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('days without a network: the inspector exports what waits as a file, a supervisor imports it, and the phone later sends nothing twice', async ({ page, browser }) => {
	test.setTimeout(90_000);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// No signal for days: two inspections, one with a photo, wait on the phone.
	await page.context().setOffline(true);
	const withPhoto = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', PHOTOS.konica);
	const withoutPhoto = await finalizeShortInspection(page, 'so tu phap', 'Sở Tư pháp', null);
	await openMyInspections(page);
	await expect(group(page, 'Đã hoàn tất, chờ gửi').getByRole('heading')).toContainText('(2)');

	// The way out, offline: one file with both, photos and seals included.
	await syncPanel(page).getByText('Nhiều ngày không có mạng?').click();
	const downloading = page.waitForEvent('download');
	await syncPanel(page).getByRole('button', { name: 'Xuất tệp phiếu chờ gửi' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^phieu-cho-gui-\d{8}-\d{4}\.json$/);
	await expect(syncPanel(page).getByRole('status').filter({ hasText: 'Đã xuất 2 phiếu' })).toBeVisible();
	const file = await download.path();
	const bundle = JSON.parse(await readFile(file, 'utf8')) as { items: { item: { manifest: string; signature: string }; photos: unknown[] }[] };
	// Each item is the signed record, as the phone sealed it.
	expect(bundle.items.map((e) => (JSON.parse(e.item.manifest) as { inspectionId: string }).inspectionId).sort()).toEqual([withPhoto, withoutPhoto].sort());
	expect(bundle.items.every((e) => /^[A-Za-z0-9_-]{86}$/.test(e.item.signature))).toBe(true);
	// Still waiting on the phone: exporting is not sending.
	await expect(group(page, 'Đã hoàn tất, chờ gửi').getByRole('heading')).toContainText('(2)');

	// A supervisor imports the file on the server, from the review queue.
	const supervisorContext = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const sup = await supervisorContext.newPage();
	await sup.goto(server.url('/'));
	await signIn(sup, 'giamsat.tinh');
	await sup.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hàng chờ duyệt' }).click();
	await sup.getByRole('link', { name: 'Nhập tệp phiếu chờ gửi' }).click();
	await expect(sup.getByRole('heading', { level: 1, name: 'Nhập tệp phiếu chờ gửi' })).toBeVisible();
	await sup.getByLabel('Tệp phiếu chờ gửi (.json)').setInputFiles(file);
	await expect(sup.getByRole('heading', { name: /Tệp của Nguyễn Văn An/ })).toBeVisible();
	await expect(sup.getByText('2 biên bản, 1 ảnh.')).toBeVisible();
	// The supervisor's own connection drops: every row says why, and nothing is lost.
	await supervisorContext.setOffline(true);
	await sup.getByRole('button', { name: 'Nhập 2 biên bản lên máy chủ' }).click();
	await expect(sup.getByRole('cell', { name: /Không kết nối được máy chủ/ })).toHaveCount(2);
	// Back online, only what was not imported is sent again.
	await supervisorContext.setOffline(false);
	await sup.getByRole('button', { name: 'Nhập lại những biên bản chưa nhập được' }).click();
	await expect(sup.getByRole('link', { name: 'Đã nhập lên máy chủ' })).toHaveCount(2);
	await expect(sup.getByRole('status').filter({ hasText: 'Đã xử lý 2/2 biên bản.' })).toBeVisible();

	// On the server: the inspector's own, complete, photo bytes matching, the import in the trail.
	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	const stored = await serverInspection(supervisor, withPhoto);
	expect(stored.submission.revision).toBe(1);
	expect(stored.events.map((e) => e.action)).toEqual(['submitted', 'imported']);
	await expectPhotosOnServer(
		supervisor,
		manifestOf(stored).photos.map((p) => p.sha256)
	);
	await sup.getByRole('link', { name: 'Đã nhập lên máy chủ' }).first().click();
	const trail = sup.getByRole('region', { name: 'Nhật ký xử lý' });
	await expect(trail.getByText('Nhập từ tệp phiếu chờ gửi', { exact: true })).toBeVisible();
	await expect(trail.getByText(/do Nguyễn Văn An xuất trên điện thoại lúc/)).toBeVisible();

	// The same file again is no duplicate.
	await sup.goto(server.url('/review/import'));
	await sup.getByLabel('Tệp phiếu chờ gửi (.json)').setInputFiles(file);
	await sup.getByRole('button', { name: 'Nhập 2 biên bản lên máy chủ' }).click();
	await expect(sup.getByRole('link', { name: 'Đã có trên máy chủ (không nhập trùng)' })).toHaveCount(2);

	// The signal comes back: the phone sends as usual, the server answers "already have it".
	await page.context().setOffline(false);
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(2)', { timeout: 20_000 });
	await expectNothingWaiting(page);
	for (const id of [withPhoto, withoutPhoto]) expect((await serverInspection(supervisor, id)).events.filter((e) => e.action === 'submitted')).toHaveLength(1);
	await supervisor.dispose();
	await supervisorContext.close();
});

test('import through the API: refused outside the jurisdiction, for an inspector, without a session, from a foreign Origin, and for a broken entry; nothing stored', async () => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const commune = await apiSignIn(server, ACCOUNTS.communeSupervisor);
	const admin = await apiSignIn(server, ACCOUNTS.admin);
	const anonymous = await client(server);
	const foreign = await client(server, { origin: 'https://evil.example' });
	const request = async (agencyId: string) => {
		const photo = fakeJpeg('anh-nhap');
		const item = await pushItem({ inspectorId: inspector.userId, agencyId, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' }, photos: [photo] });
		return {
			exportedAt: '2026-03-02T10:00:00.000Z',
			exportedBy: { id: inspector.userId, name: 'Nguyễn Văn An' },
			entry: { item, photos: [{ sha256: item.photos[0]?.sha256, mime: 'image/jpeg', base64: Buffer.from(photo.bytes).toString('base64') }] }
		};
	};
	const outside = await request(OUTSIDE_COMMUNE);
	const refused = await commune.api.post('/api/sync/import', { data: outside });
	expect(refused.status()).toBe(403);
	expect((await apiError(refused)).message).toMatch(/ngoài phạm vi/);
	expect((await inspector.api.post('/api/sync/import', { data: outside })).status()).toBe(403);
	expect((await anonymous.post('/api/sync/import', { data: outside })).status()).toBe(401);
	expect((await foreign.post('/api/sync/import', { data: outside })).status()).toBe(403);
	const broken = await commune.api.post('/api/sync/import', { data: { ...outside, entry: { ...outside.entry, photos: [{ sha256: 'x', mime: 'image/gif', base64: '!' }] } } });
	expect(broken.status()).toBe(400);
	expect((await apiError(broken)).fields).toBeTruthy();
	expect(await listInspectionIds(admin.api)).not.toContain(`${outside.entry.item.inspection.id}:sent`);

	// Inside the jurisdiction the same request is stored, as the inspector's.
	const inside = await request(INSIDE_COMMUNE);
	const imported = await commune.api.post('/api/sync/import', { data: inside });
	expect(imported.status(), await imported.text()).toBe(200);
	expect(((await imported.json()) as { result: { outcome: string } }).result.outcome).toBe('created');
	expect(await listInspectionIds(inspector.api)).toContain(`${inside.entry.item.inspection.id}:sent`);
	for (const api of [inspector.api, commune.api, admin.api, anonymous, foreign]) await api.dispose();
});
