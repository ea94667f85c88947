import { createHash } from 'node:crypto';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { MAIN_NAV } from './app';
import { answerCompliant, goToSection, itemCards, startInspection } from './inspection';
import { TEST_PASSWORD } from './server';

export const SHORT_TEMPLATE = 'Kiểm tra rượu, bia, thuốc lá và chế độ hội họp';
export const PHOTOS = {
	konica: 'tests/fixtures/photos/konica-minolta-dimage-z5-original.jpg',
	sony: 'tests/fixtures/photos/sony-rx100m4-12mp-no-exif.jpg'
} as const;

/**
 * A whole inspection on the short template, as an inspector does it: representative, one general
 * photo, every item compliant, then "Hoàn tất phiếu" and "Xác nhận hoàn tất". Returns its id.
 */
export async function finalizeShortInspection(
	page: Page,
	agencyQuery: string,
	agencyName: string,
	photo: string | null,
	inspector = 'Nguyễn Văn An',
	onSummary?: (page: Page) => Promise<void>
): Promise<string> {
	await startInspection(page, agencyQuery, agencyName, inspector, SHORT_TEMPLATE);
	const id = new URL(page.url()).pathname.split('/')[2] ?? '';
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Trần Thị Bình');
	await page.getByRole('textbox', { name: 'Chức vụ của người đại diện' }).fill('Chánh Văn phòng');
	if (photo) {
		const general = page.getByRole('region', { name: 'Ảnh chung' });
		await general.getByLabel('Chọn ảnh có sẵn').setInputFiles(photo);
		await expect(general.getByRole('img', { name: /^Ảnh chung 1(:|$)/ })).toBeVisible({ timeout: 30_000 });
	}
	await answerShortChecklistCompliant(page);
	await finalizeFromForm(page, onSummary);
	return id;
}

/** Every item of the short checklist answered compliant, and saved on the device. */
export async function answerShortChecklistCompliant(page: Page): Promise<void> {
	for (const section of [/Rượu, bia, thuốc lá/, /Chế độ hội họp/]) {
		await goToSection(page, section);
		const cards = itemCards(page);
		const count = await cards.count();
		for (let k = 0; k < count; k++) await answerCompliant(cards.nth(k));
	}
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
}

/** From the form: summary (where `onSummary` runs, e.g. to sign), "Hoàn tất phiếu", "Xác nhận hoàn tất". */
export async function finalizeFromForm(page: Page, onSummary?: (page: Page) => Promise<void>): Promise<void> {
	await page.getByRole('link', { name: 'Xem tóm tắt và hoàn tất' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tóm tắt kết quả kiểm tra' })).toBeVisible();
	if (onSummary) await onSummary(page);
	await page.getByRole('button', { name: 'Hoàn tất phiếu' }).click();
	await page.getByRole('button', { name: 'Xác nhận hoàn tất' }).click();
	// The finalize section leaves only once the finalized, signed inspection is stored ('Hoàn tất
	// phiếu' alone is gone as soon as the confirmation shows: leaving then lost the finalize).
	await expect(page.getByRole('button', { name: 'Xác nhận hoàn tất' })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: 'Hoàn tất phiếu' })).toHaveCount(0);
}

/** "Phiếu của tôi" through the main navigation. */
export async function openMyInspections(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Phiếu của tôi' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Phiếu kiểm tra của tôi' })).toBeVisible();
}

/** The sync panel on "Phiếu của tôi". */
export function syncPanel(page: Page) {
	return page.getByRole('region', { name: 'Gửi về máy chủ' });
}

/** A group of "Phiếu của tôi" ("Đã gửi", "Đã hoàn tất, chờ gửi", "Bị trả lại, cần sửa" …). */
export function group(page: Page, title: string) {
	return page.getByRole('region', { name: new RegExp(`^${title}`) });
}

/** The panel says nothing waits and shows a last successful sync time. */
export async function expectNothingWaiting(page: Page, timeout = 10_000): Promise<void> {
	const panel = syncPanel(page);
	await expect(panel.getByText(/Chờ gửi:\s*0\s*phiếu/)).toBeVisible({ timeout });
	await expect(panel.getByText(/Gửi thành công lần cuối:\s*\d/)).toBeVisible({ timeout });
}

/** An API client signed in as `username`, sending `origin` as its Origin (the app's public origin). */
export async function apiAs(baseURL: string, origin: string, username: string): Promise<APIRequestContext> {
	const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin } });
	const response = await api.post('/api/auth/login', { data: { username, password: TEST_PASSWORD } });
	expect(response.status(), await response.text()).toBe(200);
	return api;
}

export interface ServerInspection {
	submission: { inspectionId: string; revision: number; status: string; inspectorId: string };
	content: { manifest: string; photos: { sha256: string }[] };
	events: { action: string; revision: number; comment: string; itemComments: Record<string, string> }[];
}

export async function serverInspection(api: APIRequestContext, id: string): Promise<ServerInspection> {
	const response = await api.get(`/api/inspections/${id}`);
	expect(response.status(), `GET /api/inspections/${id}`).toBe(200);
	return (await response.json()) as ServerInspection;
}

/** The sealed manifest the server keeps for the latest revision (answers, photos by hash…). */
export function manifestOf(stored: ServerInspection): {
	revision: number;
	answers: Record<string, { value: unknown; note: string }>;
	photos: { sha256: string; mime: string }[];
} {
	return JSON.parse(stored.content.manifest) as ReturnType<typeof manifestOf>;
}

/** The photos of an inspection as stored on the server: each one's bytes must hash to its name. */
export async function expectPhotosOnServer(api: APIRequestContext, hashes: string[]): Promise<void> {
	for (const hash of hashes) {
		const response = await api.get(`/api/photos/${hash}`);
		expect(response.status(), `GET /api/photos/${hash}`).toBe(200);
		const body = await response.body();
		expect(createHash('sha256').update(body).digest('hex')).toBe(hash);
		// Served as what its bytes are: WebP from Chromium's canvas where it came out smaller, else JPEG.
		const webp = body.subarray(0, 4).toString('latin1') === 'RIFF' && body.subarray(8, 12).toString('latin1') === 'WEBP';
		expect(response.headers()['content-type'], `content-type of ${hash}`).toBe(webp ? 'image/webp' : 'image/jpeg');
	}
}

export interface DevicePhoto {
	id: string;
	inspectionId: string;
	sha256: string;
	confirmedAt: string | null;
}

/** Photos and inspections as the device stores them in IndexedDB. */
export function deviceState(page: Page): Promise<{ photos: DevicePhoto[]; inspections: { id: string; status: string; revision: number; inspectorId: string }[] }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const all = <T,>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const req = db.transaction(store).objectStore(store).getAll();
				req.onsuccess = () => resolve(req.result as T[]);
				req.onerror = () => reject(req.error ?? new Error('read failed'));
			});
		const photos = await all<{ id: string; inspectionId: string; sha256: string; confirmedAt?: string | null }>('photos');
		const inspections = await all<{ id: string; status: string; revision: number; inspectorId: string }>('inspections');
		db.close();
		return {
			photos: photos.map((p) => ({ id: p.id, inspectionId: p.inspectionId, sha256: p.sha256, confirmedAt: p.confirmedAt ?? null })),
			inspections: inspections.map((i) => ({ id: i.id, status: i.status, revision: i.revision, inspectorId: i.inspectorId }))
		};
	});
}

/** The name of an agency in the phone's own copy of the catalog (IndexedDB), or null when it has none. */
export function deviceAgencyName(page: Page, agencyId: string): Promise<string | null> {
	return page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const agency = await new Promise<{ name?: string } | undefined>((resolve, reject) => {
			const req = db.transaction('agencies').objectStore('agencies').get(id);
			req.onsuccess = () => resolve(req.result as { name?: string } | undefined);
			req.onerror = () => reject(req.error ?? new Error('read failed'));
		});
		db.close();
		return agency?.name ?? null;
	}, agencyId);
}
