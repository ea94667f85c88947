import { expect, test } from '@playwright/test';
import { goToSection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import {
	apiAs,
	deviceState,
	expectNothingWaiting,
	expectPhotosOnServer,
	finalizeFromForm,
	finalizeShortInspection,
	group,
	manifestOf,
	openMyInspections,
	PHOTOS,
	serverInspection,
	syncPanel
} from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

const MINUTES = 'meetings.minutes';

test('the whole story: two inspections with photos done offline reach the server by themselves, complete; a returned one comes back and is resubmitted as revision 2', async ({
	page,
	context
}) => {
	// Two inspections with photos, offline, then sync, return and resubmit: 45–60 s on the shared 2-core
	// machine, of which starting the server took up to 15 s under load (it counts towards this budget).
	test.setTimeout(120_000);
	// How each push leaves the browser: gzipped by the app (CompressionStream), seal hash only.
	const pushes: { encoding: string | undefined; magic: string }[] = [];
	page.on('request', (request) => {
		if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/sync/push') {
			pushes.push({ encoding: request.headers()['content-encoding'], magic: request.postDataBuffer()?.subarray(0, 2).toString('hex') ?? '' });
		}
	});
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// The server process is gone and the phone has no signal.
	await server.stop();
	await context.setOffline(true);
	const first = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', PHOTOS.konica);
	const second = await finalizeShortInspection(page, 'so tu phap', 'Sở Tư pháp', PHOTOS.sony);
	await openMyInspections(page);
	await expect(group(page, 'Đã hoàn tất, chờ gửi').getByRole('heading')).toContainText('(2)');
	const photos = (await deviceState(page)).photos;
	expect(photos.filter((p) => p.inspectionId === first)).toHaveLength(1);
	expect(photos.filter((p) => p.inspectionId === second)).toHaveLength(1);

	// The server is back, then the signal: the `online` event sends them, nobody clicks.
	await server.start();
	await context.setOffline(false);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(2)', { timeout: 20_000 });
	await expect(group(page, 'Đã gửi').getByText('Đã gửi', { exact: true })).toHaveCount(2);
	await expectNothingWaiting(page);
	expect(pushes.length).toBeGreaterThan(0);
	for (const push of pushes) {
		expect(push.encoding).toBe('gzip');
		expect(push.magic).toBe('1f8b');
	}

	// On the server: both complete, revision 1, every photo's bytes hash to its name.
	const supervisor = await apiAs(server.origin, server.origin, 'giamsat.tinh');
	for (const id of [first, second]) {
		const stored = await serverInspection(supervisor, id);
		expect(stored.submission.revision).toBe(1);
		const manifest = manifestOf(stored);
		expect(manifest.revision).toBe(1);
		expect(Object.keys(manifest.answers)).toHaveLength(12);
		const onDevice = photos.filter((p) => p.inspectionId === id).map((p) => p.sha256);
		expect(manifest.photos.map((p) => p.sha256)).toEqual(onDevice);
		await expectPhotosOnServer(supervisor, onDevice);
		// Chromium writes WebP: the 5 MP photo is of the family where it wins; the 12 MP one stays JPEG.
		expect(manifest.photos.map((p) => p.mime)).toEqual([id === first ? 'image/webp' : 'image/jpeg']);
	}
	expect((await deviceState(page)).photos.every((p) => p.confirmedAt !== null)).toBe(true);

	// The supervisor returns the first one with a comment on an item.
	const comment = 'Ghi rõ biên bản họp nào còn thiếu kết luận';
	const returned = await supervisor.post(`/api/review/${first}`, {
		data: { action: 'return', comment: 'Bổ sung biên bản họp', itemComments: { [MINUTES]: comment }, revision: 1 }
	});
	expect(returned.status(), await returned.text()).toBe(200);

	// The device gets it at the next sync ("Gửi ngay").
	await syncPanel(page).getByRole('button', { name: 'Gửi ngay' }).click();
	const back = group(page, 'Bị trả lại, cần sửa');
	await expect(back.getByRole('heading')).toContainText('(1)');
	await back.getByRole('link', { name: /Sở Nội vụ/ }).click();
	const notice = page.getByRole('region', { name: 'Người giám sát trả lại phiếu để sửa' });
	await expect(notice.getByText(comment)).toBeVisible();
	await expect(notice.getByText(/Biên bản họp ghi đầy đủ người chủ trì/)).toBeVisible();

	// "Sửa và gửi lại": revision 2, one answer changed, finalized, sent.
	await notice.getByRole('button', { name: 'Sửa và gửi lại' }).click();
	await goToSection(page, /Chế độ hội họp/);
	const minutes = page.locator(`[id="item-${MINUTES}"]`);
	await minutes.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await minutes.getByRole('textbox', { name: /Ghi chú/ }).fill('Biên bản họp ngày 12/11 thiếu phần kết luận');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	await finalizeFromForm(page);
	await openMyInspections(page);
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(2)', { timeout: 20_000 });
	await expectNothingWaiting(page);

	const resubmitted = await serverInspection(supervisor, first);
	expect(resubmitted.submission.revision).toBe(2);
	expect(manifestOf(resubmitted).answers[MINUTES]?.value).toBe('violation');
	expect(resubmitted.events.map((e) => `${e.action}@${e.revision}`)).toEqual(['submitted@1', 'returned@1', 'resubmitted@2']);
	await supervisor.dispose();
});
