import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAppShown } from './support/app';
import { answerCompliant, goToSection, itemCards, startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';

const FIXTURES = 'tests/fixtures/photos';
const ORIENTATION_6 = `${FIXTURES}/sony-rx100m4-12mp-orientation6.jpg`;
const NO_EXIF = `${FIXTURES}/sony-rx100m4-12mp-no-exif.jpg`;
const SONY = `${FIXTURES}/sony-rx100m4-12mp.jpg`;
const KONICA = `${FIXTURES}/konica-minolta-dimage-z5-original.jpg`;
const TEMPLATE = 'Kiểm tra rượu, bia, thuốc lá và chế độ hội họp';
const ASHTRAYS = 'alcohol-tobacco.no-ashtrays';

interface StoredPhotoFacts {
	id: string;
	itemId: string | null;
	width: number;
	height: number;
	byteLength: number;
	sha256: string;
	capturedAt: string;
	addedAt: string;
	caption: string;
	/** Measured in the page from the stored bytes. */
	decodedWidth: number;
	decodedHeight: number;
	storedBytes: number;
	storedSha256: string;
	hasExif: boolean;
	/** Written as a progressive JPEG (SOF2): the pipeline's lossless rewrite, smaller than baseline. */
	progressive: boolean;
	/** What the first bytes say: RIFF…WEBP or a JPEG's FF D8 FF. */
	magic: 'webp' | 'jpeg' | 'other';
	mime: string;
	thumbBytes: number;
}

/** Every photo as stored in IndexedDB, checked against its own bytes inside the page. */
function storedPhotos(page: Page): Promise<StoredPhotoFacts[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const all = <T,>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
				request.onerror = () => reject(request.error ?? new Error('read failed'));
			});
		type Row = Record<string, unknown> & { id: string };
		type Bytes = { photoId: string; mime: string; bytes: ArrayBuffer };
		const [photos, blobs, thumbs] = await Promise.all([all<Row>('photos'), all<Bytes>('photoBlobs'), all<Bytes>('photoThumbs')]);
		db.close();
		const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
		const facts = [];
		for (const photo of photos) {
			const blob = blobs.find((b) => b.photoId === photo.id);
			if (!blob) throw new Error(`no bytes for ${photo.id}`);
			// No EXIF orientation can apply: the stored JPEG must be upright as it is.
			const bitmap = await createImageBitmap(new Blob([blob.bytes], { type: blob.mime }), { imageOrientation: 'from-image' });
			const bytes = new Uint8Array(blob.bytes);
			let hasExif = false;
			for (let k = 0; k + 10 < bytes.length && k < 65536; k++) {
				if (bytes[k] === 0xff && bytes[k + 1] === 0xe1 && String.fromCharCode(...bytes.subarray(k + 4, k + 8)) === 'Exif') hasExif = true;
			}
			// The frame header (SOFn) comes before the first scan: walk the segments to it.
			let progressive = false;
			for (let k = 2; k + 4 < bytes.length && bytes[k] === 0xff && bytes[k + 1] !== 0xda; k += 2 + ((bytes[k + 2]! << 8) | bytes[k + 3]!)) {
				if (bytes[k + 1] === 0xc2) progressive = true;
			}
			facts.push({
				...(photo as unknown as Omit<StoredPhotoFacts, 'decodedWidth'>),
				decodedWidth: bitmap.width,
				decodedHeight: bitmap.height,
				storedBytes: blob.bytes.byteLength,
				storedSha256: hex(await crypto.subtle.digest('SHA-256', blob.bytes)),
				hasExif,
				progressive,
				magic: (String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
					? 'webp'
					: bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
						? 'jpeg'
						: 'other') as StoredPhotoFacts['magic'],
				mime: blob.mime,
				thumbBytes: thumbs.find((t) => t.photoId === photo.id)?.bytes.byteLength ?? 0
			});
			bitmap.close();
		}
		return facts;
	});
}

/** The stored inspection and its sealed revisions, with the SHA-256 of each manifest text recomputed in the page. */
function storedRecord(page: Page, id: string) {
	return page.evaluate(async (inspectionId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const read = <T,>(store: string, query: IDBValidKey | IDBKeyRange, index?: string) =>
			new Promise<T[]>((resolve, reject) => {
				const source = db.transaction(store).objectStore(store);
				const request = (index ? source.index(index) : source).getAll(query);
				request.onsuccess = () => resolve(request.result as T[]);
				request.onerror = () => reject(request.error ?? new Error('read failed'));
			});
		const [inspection] = await read<{ manifestHash?: string; status: string; representative: { name: string }; generalNotes: string }>(
			'inspections',
			inspectionId
		);
		const revisions = await read<{ revision: number; manifestHash: string; manifestText: string }>('revisions', inspectionId, 'inspectionId');
		db.close();
		const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
		return {
			inspection,
			revisions: await Promise.all(
				revisions.map(async (r) => ({
					revision: r.revision,
					manifestHash: r.manifestHash,
					recomputed: hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(r.manifestText))),
					photoCount: (JSON.parse(r.manifestText) as { photos: unknown[] }).photos.length
				}))
			)
		};
	}, id);
}

async function expectThumbnailsShown(region: Locator, altPrefix: string, count: number): Promise<void> {
	for (let n = 1; n <= count; n++) {
		const img = region.getByRole('img', { name: new RegExp(`^${altPrefix} ${n}(:|$)`) });
		await expect(img).toBeVisible({ timeout: 60_000 });
		await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
	}
}

/** The first bytes of a PNG claiming `width`×`height`: enough for the header check, never decoded. */
function pngHeader(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(64);
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
	bytes.writeUInt32BE(width, 16);
	bytes.writeUInt32BE(height, 20);
	return bytes;
}

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.stop();
});

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('photos offline: processed in the worker, stored upright and light with their hash; bad files told plainly; a required photo gates finalize; the record is sealed', async ({
	context
}) => {
	test.setTimeout(240_000);
	const online = await context.newPage();
	await online.goto(server.url('/'));
	await waitForServiceWorker(online);
	await waitForCatalogOnDevice(online);
	await online.close();

	// No server from here on: photos are processed and stored with no network at all.
	await server.stop();
	const page = await context.newPage();
	await page.goto(server.url('/'));
	await expectAppShown(page);
	await startInspection(page, 'so noi vu', 'Sở Nội vụ', 'Nguyễn Văn An', TEMPLATE);
	const inspectionId = new URL(page.url()).pathname.split('/')[2] ?? '';

	const representative = page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ });
	await representative.fill('Trần Thị Bình');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	// A text file named .jpg, a HEIC the browser cannot decode, a picture too large: each gets its own message.
	const general = page.getByRole('region', { name: 'Ảnh chung' });
	const choose = general.getByLabel('Chọn ảnh có sẵn');
	await choose.setInputFiles(`${FIXTURES}/not-a-photo.jpg`);
	await expect(general.getByRole('alert')).toContainText('không phải là ảnh');
	await choose.setInputFiles(`${FIXTURES}/iphone-format.heic`);
	await expect(general.getByRole('alert').filter({ hasText: 'HEIC' })).toBeVisible();
	// 60 MP is refused from its header, before any decoding could exhaust the phone's memory.
	await choose.setInputFiles({ name: 'panorama.png', mimeType: 'image/png', buffer: pngHeader(10_000, 6_000) });
	await expect(general.getByRole('alert').filter({ hasText: '50 triệu điểm ảnh' })).toBeVisible();
	// The form lost nothing.
	await expect(representative).toHaveValue('Trần Thị Bình');
	expect((await storedRecord(page, inspectionId)).inspection?.representative.name).toBe('Trần Thị Bình');
	const dismiss = general.getByRole('button', { name: 'Đóng thông báo' });
	await expect(dismiss).toHaveCount(3);
	for (let k = 0; k < 3; k++) await dismiss.first().click();
	await expect(general.getByRole('alert')).toHaveCount(0);

	// Four real camera photos at once (three 12 MP): each shows its own progress, the form stays usable.
	await choose.setInputFiles([ORIENTATION_6, NO_EXIF, SONY, KONICA]);
	await expect(general.getByRole('progressbar').first()).toBeVisible();
	const notes = page.getByRole('textbox', { name: 'Nhận xét chung' });
	await notes.fill('Đoàn đến lúc 8 giờ, cơ quan đang họp giao ban');
	await expect(notes).toHaveValue('Đoàn đến lúc 8 giờ, cơ quan đang họp giao ban');
	await expectThumbnailsShown(general, 'Ảnh chung', 4);
	await expect(general.getByRole('progressbar')).toHaveCount(0);
	expect((await storedRecord(page, inspectionId)).inspection?.generalNotes).toBe('Đoàn đến lúc 8 giờ, cơ quan đang họp giao ban');

	const photos = await storedPhotos(page);
	expect(photos).toHaveLength(4);
	for (const p of photos) {
		expect(p.itemId).toBeNull();
		// Chromium's canvas writes WebP: each photo is stored as the smaller of its JPEG and its WebP.
		expect(['image/jpeg', 'image/webp']).toContain(p.mime);
		expect(p.magic, 'the stored bytes are of the stored type').toBe(p.mime === 'image/webp' ? 'webp' : 'jpeg');
		expect(Math.max(p.decodedWidth, p.decodedHeight)).toBeLessThanOrEqual(1600);
		expect([p.decodedWidth, p.decodedHeight]).toEqual([p.width, p.height]);
		expect(p.storedBytes).toBeLessThanOrEqual(400 * 1024);
		expect(p.storedBytes).toBe(p.byteLength);
		expect(p.storedSha256).toBe(p.sha256);
		expect(p.hasExif, 'EXIF stripped').toBe(false);
		if (p.mime === 'image/jpeg') expect(p.progressive, 'rewritten as a progressive JPEG').toBe(true);
		expect(p.thumbBytes).toBeGreaterThan(0);
	}
	// The 12 MP painting is so detailed that the byte cap lowers its JPEG, and a WebP would be larger:
	// it stays JPEG. The 5 MP camera photo comes out smaller as WebP (bench/README.md).
	expect(photos.filter((p) => p.capturedAt === '2008-04-19T06:43:16.000Z').map((p) => p.mime)).toEqual(['image/webp']);
	expect(photos.filter((p) => p.mime === 'image/jpeg')).toHaveLength(3);
	// Orientation 6: the sensor stored 4000×3000 (landscape); the stored photo is upright, portrait.
	const portrait = photos.filter((p) => p.height > p.width);
	expect(portrait.map((p) => [p.width, p.height])).toEqual([[1200, 1600]]);
	expect(portrait[0]?.capturedAt).toBe('2020-02-19T09:35:05.000Z');
	// Capture times come from EXIF (camera clock read as Vietnam time), or the moment it was added.
	const landscape = photos.filter((p) => p.width > p.height);
	expect(landscape.map((p) => [p.width, p.height])).toEqual([
		[1600, 1200],
		[1600, 1200],
		[1600, 1200]
	]);
	expect(landscape.map((p) => p.capturedAt).sort()).toEqual(
		['2008-04-19T06:43:16.000Z', '2020-02-19T09:35:05.000Z', landscape.find((p) => p.capturedAt === p.addedAt)?.addedAt].sort()
	);

	// Caption one, replace it (the caption stays with the new picture), remove another (after confirming).
	await general.getByRole('textbox', { name: 'Chú thích ảnh 1' }).fill('Cổng trụ sở Sở Nội vụ');
	await expect(general.getByRole('img', { name: 'Ảnh chung 1: Cổng trụ sở Sở Nội vụ' })).toBeVisible();
	const replaced = photos.find((p) => p.height > p.width)?.sha256;
	await general.getByLabel('Thay ảnh 1').setInputFiles(KONICA);
	await expect(general.getByRole('img', { name: 'Ảnh chung 4: Cổng trụ sở Sở Nội vụ' })).toBeVisible({ timeout: 30_000 });
	await expectThumbnailsShown(general, 'Ảnh chung', 4);
	const afterReplace = await storedPhotos(page);
	expect(afterReplace.map((p) => p.sha256)).not.toContain(replaced);
	expect(afterReplace.find((p) => p.caption === 'Cổng trụ sở Sở Nội vụ')?.capturedAt).toBe('2008-04-19T06:43:16.000Z');
	await general.getByRole('button', { name: 'Xóa ảnh 3' }).click();
	await general.getByRole('button', { name: 'Xác nhận xóa ảnh 3' }).click();
	await expect(general.getByRole('img')).toHaveCount(3);

	// The layout holds at 360 px with photos, and axe finds nothing serious.
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

	// Answer every item; one violation whose item needs a photo.
	for (const section of [/Rượu, bia, thuốc lá/, /Chế độ hội họp/]) {
		await goToSection(page, section);
		const cards = itemCards(page);
		for (let k = 0; k < (await cards.count()); k++) await answerCompliant(cards.nth(k));
	}
	await goToSection(page, /Rượu, bia, thuốc lá/);
	const ashtrays = page.locator(`[id="item-${ASHTRAYS}"]`);
	await ashtrays.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await ashtrays.getByRole('textbox', { name: /Ghi chú/ }).fill('Gạt tàn trên bàn phòng họp tầng 2');
	await expect(ashtrays.getByText('Cần ảnh')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();

	// Finalize is blocked until a photo is added to that item.
	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
	const photoProblem = page.getByRole('link', { name: /Vi phạm cần ảnh minh chứng/ });
	await expect(photoProblem).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hoàn tất phiếu' })).toHaveCount(0);
	await photoProblem.click();
	const item = page.locator(`[id="item-${ASHTRAYS}"]`);
	await item.getByLabel('Chụp ảnh').setInputFiles(NO_EXIF);
	await expectThumbnailsShown(item, 'Ảnh minh chứng mục 1.6', 1);
	await expect(item.getByText('Cần ảnh')).toHaveCount(0);

	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Vi phạm cần ảnh minh chứng/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Hoàn tất phiếu' }).click();
	await page.getByRole('button', { name: 'Xác nhận hoàn tất' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'đang chờ gửi' })).toBeVisible();

	// Sealed: the hash on the inspection is the SHA-256 of the stored manifest, shown shortened.
	const record = await storedRecord(page, inspectionId);
	const hash = record.inspection?.manifestHash ?? '';
	expect(hash).toMatch(/^[0-9a-f]{64}$/);
	expect(record.revisions).toEqual([{ revision: 1, manifestHash: hash, recomputed: hash, photoCount: 4 }]);
	await expect(page.getByText(`${hash.slice(0, 8)}…${hash.slice(-8)}`)).toBeVisible();

	// Locked: no photo can be added, replaced or removed any more.
	await page.goto(server.url(`/inspections/${inspectionId}`));
	await expect(page.getByText('Phiếu đã hoàn tất và bị khóa')).toBeVisible();
	const lockedGeneral = page.getByRole('region', { name: 'Ảnh chung' });
	await expectThumbnailsShown(lockedGeneral, 'Ảnh chung', 3);
	await expect(lockedGeneral.getByLabel('Chọn ảnh có sẵn')).toHaveCount(0);
	await expect(lockedGeneral.getByRole('button', { name: /Xóa ảnh/ })).toHaveCount(0);
	await expect(lockedGeneral.getByRole('textbox', { name: 'Chú thích ảnh 1' })).toBeDisabled();
});
