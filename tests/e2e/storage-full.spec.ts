import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { itemCards, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { deviceState, expectNothingWaiting, finalizeShortInspection, openMyInspections, PHOTOS } from './support/sync';

// The phone runs out of space in the middle of an inspection. Chromium's own quota makes the
// writes fail for real (DevTools protocol Storage.overrideQuotaForOrigin), so IndexedDB raises the
// QuotaExceededError a full phone raises: the app must keep what was typed, say so plainly, and
// free space only from photos the server has already confirmed.

let server: AppServer;

/**
 * Make the origin's quota exactly what it uses now. Chromium caches an origin's remaining space
 * for up to about 30 s, so a lowered quota bites only after that: write to a scratch database of
 * the same origin until IndexedDB refuses.
 */
async function fillStorage(page: Page, context: BrowserContext): Promise<void> {
	const probe = () =>
		page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('quota-probe', 1);
				open.onupgradeneeded = () => open.result.createObjectStore('probe');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error ?? new Error('open failed'));
			});
			const outcome = await new Promise<string>((resolve) => {
				const tx = db.transaction('probe', 'readwrite');
				tx.objectStore('probe').put(new Uint8Array(1024), 'probe');
				tx.oncomplete = () => resolve('written');
				tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
			});
			db.close();
			return outcome;
		});
	expect(await probe()).toBe('written');
	const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: usage });
	await expect.poll(probe, { timeout: 60_000, intervals: [2_000] }).toBe('QuotaExceededError');
}

async function unlimitStorage(page: Page, context: BrowserContext): Promise<void> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
}

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('storage full mid-form: the note stays on screen, the inspector is told, confirmed photos are freed (never unsent ones) and the note is saved', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// One inspection sent earlier: the server confirmed its photo.
	const sent = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', PHOTOS.konica);
	await openMyInspections(page);
	await expectNothingWaiting(page, 30_000);
	await expect.poll(async () => (await deviceState(page)).photos.find((p) => p.inspectionId === sent)?.confirmedAt ?? null).not.toBeNull();

	// Today's inspection, with a photo not sent yet.
	await startInspection(page, 'so tu phap', 'Sở Tư pháp');
	const draft = new URL(page.url()).pathname.split('/')[2] ?? '';
	const general = page.getByRole('region', { name: 'Ảnh chung' });
	await general.getByLabel('Chọn ảnh có sẵn').setInputFiles(PHOTOS.sony);
	await expect(general.getByRole('img', { name: /^Ảnh chung 1(:|$)/ })).toBeVisible({ timeout: 30_000 });
	await page.getByRole('combobox', { name: 'Chuyển đến phần' }).selectOption({ index: 1 });
	const card = itemCards(page).nth(0);
	await card.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	// The phone is full: not one more byte fits.
	await fillStorage(page, context);

	const note = 'Cán bộ uống bia trong giờ nghỉ trưa tại phòng họp';
	await card.getByRole('textbox', { name: /Ghi chú/ }).fill(note);
	const alert = page.getByRole('alert').filter({ hasText: 'Bộ nhớ của máy đã đầy' });
	await expect(alert).toBeVisible();
	await expect(card.getByRole('textbox', { name: /Ghi chú/ })).toHaveValue(note);

	// Offered: remove the originals of the one confirmed photo; today's unsent photo is not offered.
	const offer = page.getByRole('region', { name: 'Giải phóng dung lượng' });
	await expect(offer).toContainText('Có thể xóa bản gốc của 1 ảnh mà máy chủ đã nhận');
	await offer.getByRole('button', { name: 'Giải phóng dung lượng' }).click();

	// The form saves again by itself into the freed space (the quota is still the full one): the
	// note is saved, the alert and the offer are gone.
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	await expect(alert).toHaveCount(0);
	await expect(offer).toHaveCount(0);

	const photoBytes = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
			const req = db.transaction('photoBlobs').objectStore('photoBlobs').getAllKeys();
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('read failed'));
		});
		db.close();
		return keys.map(String);
	});
	const { photos } = await deviceState(page);
	const sentPhoto = photos.find((p) => p.inspectionId === sent);
	const draftPhoto = photos.find((p) => p.inspectionId === draft);
	expect(sentPhoto && photoBytes.includes(sentPhoto.id)).toBe(false);
	expect(draftPhoto && photoBytes.includes(draftPhoto.id)).toBe(true);

	// After a reload the note is there: it reached IndexedDB, not only the screen.
	await unlimitStorage(page, context);
	await page.reload();
	await expect(itemCards(page).nth(0).getByRole('textbox', { name: /Ghi chú/ })).toHaveValue(note);
	// The sent inspection keeps its photo's thumbnail, marked as kept on the server.
	await page.goto(server.url(`/inspections/${sent}`));
	const sentPhotos = page.getByRole('region', { name: 'Ảnh chung' });
	await expect(sentPhotos.getByRole('img', { name: /^Ảnh chung 1(:|$)/ })).toBeVisible();
	await expect(sentPhotos).toContainText('ảnh gốc đã lưu trên máy chủ');
});
