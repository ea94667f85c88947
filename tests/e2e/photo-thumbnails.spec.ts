import { expect, test, type Response } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import { minimalJpeg, minimalPng } from '../fixtures/minimalImages';
import { ACCOUNTS, INSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { answerCompliant, goToSection, itemCards, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { signIn } from './support/session';
import { expectNothingWaiting, finalizeFromForm, openMyInspections, PHOTOS, SHORT_TEMPLATE } from './support/sync';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

/** The phone makes 320 px thumbnails; the server takes at most 64 KB. */
const THUMBNAIL_MAX_BYTES = 64 * 1024;

test('the review page downloads thumbnails only (sent by the phone with each photo), and the full photo on a click', async ({ page, browser }) => {
	test.setTimeout(120_000);
	// The phone: an inspection with two photos, sent.
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.inspector);
	await waitForCatalogOnDevice(page);
	await page.goto(server.url('/'));
	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', SHORT_TEMPLATE);
	const id = new URL(page.url()).pathname.split('/')[2] ?? '';
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng');
	const general = page.getByRole('region', { name: 'Ảnh chung' });
	await general.getByLabel('Chọn ảnh có sẵn').setInputFiles([PHOTOS.sony, PHOTOS.konica]);
	await expect(general.getByRole('img', { name: /^Ảnh chung 2(:|$)/ })).toBeVisible({ timeout: 60_000 });
	for (const section of [/Rượu, bia, thuốc lá/, /Chế độ hội họp/]) {
		await goToSection(page, section);
		const cards = itemCards(page);
		for (let k = 0; k < (await cards.count()); k++) await answerCompliant(cards.nth(k));
	}
	await finalizeFromForm(page);
	await openMyInspections(page);
	await expectNothingWaiting(page, 30_000);

	// The supervisor's review page: every photo response counted.
	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const sup = await context.newPage();
	const photoResponses: { url: string; size: string | null; bytes: number }[] = [];
	const record = async (response: Response) => {
		// The page's request answered through the service worker is the worker's own fetch again: counted once.
		if (!/\/api\/photos\/[0-9a-f]{64}/.test(response.url()) || response.fromServiceWorker()) return;
		// The bytes on the wire as the server declared them (a photo opened in a tab gives no body to read).
		photoResponses.push({ url: response.url(), size: (await response.headerValue('x-photo-size')) ?? null, bytes: Number(await response.headerValue('content-length')) });
	};
	context.on('response', (response) => void record(response));
	await sup.goto(server.url('/'));
	await signIn(sup, ACCOUNTS.provinceSupervisor);
	await sup.goto(server.url(`/review/${id}`));
	const evidence = sup.getByRole('region', { name: /Ảnh minh chứng/ });
	const images = evidence.getByRole('img');
	await expect(images).toHaveCount(2);
	for (const image of await images.all()) {
		await image.scrollIntoViewIfNeeded();
		await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
	}
	await expect.poll(() => photoResponses.length, JSON.stringify(photoResponses)).toBe(2);
	expect(photoResponses.every((r) => r.url.endsWith('?size=thumb') && r.size === 'thumb'), JSON.stringify(photoResponses)).toBe(true);
	for (const r of photoResponses) expect(r.bytes).toBeLessThanOrEqual(THUMBNAIL_MAX_BYTES);
	const thumbnailBytes = photoResponses.reduce((sum, r) => sum + r.bytes, 0);
	test.info().annotations.push({ type: 'review page photo bytes', description: `${thumbnailBytes} bytes for 2 thumbnails` });
	// A thumbnail is 320 px on its long side.
	expect(await images.first().evaluate((img) => Math.max((img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight))).toBe(320);

	// The full photo only when one is opened.
	const [full] = await Promise.all([context.waitForEvent('page'), evidence.getByRole('link', { name: /mở ảnh cỡ đầy đủ/ }).first().click()]);
	await full.waitForLoadState();
	await expect.poll(() => photoResponses.filter((r) => r.size === 'full').length).toBe(1);
	const opened = photoResponses.find((r) => r.size === 'full');
	expect(opened?.url).not.toContain('size=');
	expect(opened?.bytes ?? 0).toBeGreaterThan(THUMBNAIL_MAX_BYTES);
	await context.close();
});

test('thumbnails: only a holder of the photo may send one, only a small JPEG, the first stays; older photos fall back to the photo, with the photo’s access rules', async () => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const other = await apiSignIn(server, ACCOUNTS.otherInspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.communeSupervisor);
	const photo = minimalJpeg(new TextEncoder().encode('niêm yết thủ tục'), 3000);
	const item = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, photos: [{ bytes: photo, mime: 'image/jpeg' }] });
	const hash = item.photos[0]?.sha256 ?? '';
	const thumbnail = minimalJpeg(new TextEncoder().encode('nhỏ'), 500);
	const put = (session: typeof inspector, bytes: Uint8Array, type = 'image/jpeg') =>
		session.api.put(`/api/photos/${hash}/thumbnail`, { data: Buffer.from(bytes), headers: { 'content-type': type } });

	// Before the photo itself: refused, it would be a thumbnail of nothing held.
	expect((await put(inspector, thumbnail)).status()).toBe(409);
	expect((await inspector.api.put(`/api/photos/${hash}`, { data: Buffer.from(photo), headers: { 'content-type': 'image/jpeg' } })).status()).toBe(201);
	expect((await inspector.api.post('/api/sync/push', { data: { items: [item] } })).status()).toBe(200);

	// An older record: no thumbnail yet, so the photo itself, not kept by the browser.
	const fallback = await supervisor.api.get(`/api/photos/${hash}?size=thumb`);
	expect(fallback.status()).toBe(200);
	expect(fallback.headers()['x-photo-size']).toBe('full');
	expect(fallback.headers()['cache-control']).toContain('no-cache');
	expect((await fallback.body()).byteLength).toBe(photo.byteLength);

	expect((await put(other, thumbnail)).status()).toBe(409);
	expect((await put(inspector, minimalPng(new Uint8Array(50)), 'image/png')).status()).toBe(415);
	expect((await put(inspector, thumbnail.slice(0, -2))).status()).toBe(415);
	expect((await put(inspector, minimalJpeg(new Uint8Array([7]), 70 * 1024))).status()).toBe(413);
	expect((await put(inspector, thumbnail)).status()).toBe(201);
	expect((await put(inspector, minimalJpeg(new TextEncoder().encode('khác'), 500))).status()).toBe(200);
	expect(await (await inspector.api.post('/api/photos/missing', { data: { hashes: [hash] } })).json()).toEqual({ missing: [], missingThumbnails: [] });

	const served = await supervisor.api.get(`/api/photos/${hash}?size=thumb`);
	expect(served.headers()['x-photo-size']).toBe('thumb');
	expect(Buffer.from(await served.body()).equals(Buffer.from(thumbnail))).toBe(true);
	expect((await supervisor.api.get(`/api/photos/${hash}?size=huge`)).status()).toBe(400);
	// The photo's rules: someone who may not read any record citing it gets a 404, thumbnail or not.
	expect((await other.api.get(`/api/photos/${hash}?size=thumb`)).status()).toBe(404);
	await Promise.all([inspector.api.dispose(), other.api.dispose(), supervisor.api.dispose()]);
});
