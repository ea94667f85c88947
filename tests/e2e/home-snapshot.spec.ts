import { expect, test, type Page } from '@playwright/test';
import { MAIN_NAV } from './support/app';
import { startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { openMyInspections } from './support/sync';

// The home page as the inspector last saw it is drawn by app.html before the app starts
// (src/lib/client/pwa/homeSnapshot.ts), in a closed shadow root no test can query. This init script
// keeps a record of that copy as it is drawn: its links, its buttons, whether the app was hidden.
interface BootCopy {
	links: { name: string; href: string | null }[];
	buttonsEnabled: number;
	appHidden: boolean;
	/** The copy's markup as drawn, its stylesheet left out. */
	html: string;
}

function recordBootCopy(): void {
	const attach = Element.prototype.attachShadow;
	Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
		const root = attach.call(this, init);
		if (this.classList.contains('boot')) {
			// The inline script fills the root right after attaching it; the app's element follows in
			// the document, parsed after it.
			const record: BootCopy = { links: [], buttonsEnabled: 0, appHidden: false, html: '' };
			(window as unknown as { __bootCopy: BootCopy }).__bootCopy = record;
			queueMicrotask(() => {
				record.links = [...root.querySelectorAll('a')].map((a) => ({ name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') }));
				record.buttonsEnabled = [...root.querySelectorAll('button')].filter((b) => !b.disabled).length;
				record.html = [...root.children].filter((child) => child.localName !== 'style').map((child) => child.outerHTML).join('');
			});
			document.addEventListener('DOMContentLoaded', () => {
				const app = document.querySelector('.boot.snapshot ~ div');
				record.appHidden = app instanceof HTMLElement && getComputedStyle(app).display === 'none';
			});
		}
		return root;
	};
}

function bootCopy(page: Page): Promise<BootCopy | null> {
	return page.evaluate(() => (window as unknown as { __bootCopy?: BootCopy }).__bootCopy ?? null);
}

/** The copy kept on the device for the next start, as stored. */
function storedCopy(page: Page): Promise<string | null> {
	return page.evaluate(() => localStorage.getItem('vhcv.homeSnapshot'));
}

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('offline, the home page as last seen is drawn before the app starts, links to the same drafts, gives way to the app, and is never shown to the next person', async ({
	page,
	context
}) => {
	await context.addInitScript(recordBootCopy);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'so noi vu', 'Sở Nội vụ');
	const draftPath = new URL(page.url()).pathname;
	await openMyInspections(page);
	// Kept once the page is idle: the page's header, title and lists, nothing that acts.
	await expect.poll(() => storedCopy(page)).toContain('Sở Nội vụ');
	const kept = (await storedCopy(page)) ?? '';
	for (const acting of ['<input', '<form', '<script', 'id=\\"main\\"', 'Gửi ngay']) expect(kept).not.toContain(acting);
	expect(kept).toContain('disabled');

	// The next start, offline: the copy is drawn while the app starts hidden.
	await context.setOffline(true);
	await page.reload();
	const copy = await bootCopy(page);
	expect(copy).not.toBeNull();
	expect(copy?.appHidden).toBe(true);
	expect(copy?.links).toContainEqual({ name: expect.stringContaining('Sở Nội vụ') as unknown as string, href: draftPath });
	expect(copy?.links).toContainEqual({ name: 'Bắt đầu kiểm tra mới', href: '/inspections/new' });
	// Nothing in it that only the app could answer.
	expect(copy?.buttonsEnabled).toBe(0);
	// And nothing of what the page kept is dropped by the allowlist app.html draws it through.
	expect(copy?.html).toBe((JSON.parse(kept) as { html: string }).html);

	// The app's own page replaces it as soon as its list is drawn (well before the 10 s fallback):
	// the draft listed once, the live states back.
	await expect(page.locator('.boot')).toHaveCount(0, { timeout: 5000 });
	await expect(page.getByRole('link', { name: /Sở Nội vụ/ })).toHaveCount(1);
	await expect(page.getByText('Sẵn sàng làm việc không có mạng', { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Gửi về máy chủ' })).toBeVisible();

	// Its link is a plain address the worker serves offline: the draft opens from it.
	await page.goto(server.url(draftPath));
	await expect(page.getByRole('heading', { level: 1, name: 'Sở Nội vụ' })).toBeVisible();

	// A second window still shows thanhtra1's list while thanhtra2 signs in over the account in the
	// first (no sign-out): the copy is forgotten at once, and the old window cannot write one back
	// when the shared database changes under it.
	const other = await context.newPage();
	await other.goto(server.url('/'));
	await expect(other.getByRole('link', { name: /Sở Nội vụ/ })).toBeVisible();
	await context.setOffline(false);
	await signIn(page, 'thanhtra2');
	// (The navigation was already there for thanhtra1: signed in once the home page is back.)
	await expect(page.getByRole('heading', { level: 1, name: 'Phiếu kiểm tra của tôi' })).toBeVisible();
	expect((await storedCopy(page)) ?? '').not.toContain('Sở Nội vụ');
	await startInspection(page, 'minh xuan', 'Phường Minh Xuân', 'Trần Thị Bích');
	await openMyInspections(page);
	await expect.poll(() => storedCopy(page)).toContain('Phường Minh Xuân');
	// thanhtra2 writes once more, away from the home page: the old window's list is read again.
	await page.getByRole('link', { name: /Phường Minh Xuân/ }).click();
	await page.getByRole('textbox', { name: /Đại diện cơ quan được kiểm tra/ }).fill('Lê Văn Cường');
	await expect(page.getByText('Đã lưu trên máy').first()).toBeVisible();
	// Past the old window's idle moment after that write.
	await other.waitForTimeout(3000);
	expect(await storedCopy(page)).toContain('Phường Minh Xuân');
	expect(await storedCopy(page)).not.toContain('Sở Nội vụ');
	await openMyInspections(page);
	await other.close();
	await context.setOffline(true);
	await page.reload();
	const next = await bootCopy(page);
	expect(next?.links.map((l) => l.name).join(' ')).toContain('Phường Minh Xuân');
	expect(next?.links.map((l) => l.name).join(' ')).not.toContain('Sở Nội vụ');
	await expect(page.locator('.boot')).toHaveCount(0, { timeout: 5000 });

	// Signing out forgets the copy: the sign-in page follows, with nobody's list drawn first.
	await page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Cài đặt' }).click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
	expect(await storedCopy(page)).toBeNull();
	await page.goto(server.url('/'));
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
	expect(await bootCopy(page)).toBeNull();

	// A supervisor's home is the review queue: no copy is kept for it, even after an idle moment.
	await context.setOffline(false);
	await signIn(page, 'giamsat.tinh');
	await expect(page).toHaveURL(/\/review/);
	await page.waitForTimeout(3000);
	expect(await storedCopy(page)).toBeNull();
});

test('a stored copy holding anything the home page does not put in one is drawn without it', async ({ page, context }) => {
	await context.addInitScript(recordBootCopy);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	// Kept from a page the worker served, as the reload below will be (app.html draws a copy only with
	// the inlined stylesheet it was made with, and the server's / inlines another).
	await waitForServiceWorker(page);
	await page.goto(server.url('/'));
	await expect
		.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('vhcv.homeSnapshot') ?? '{}') as { css?: number }).css === document.querySelector('head style')?.textContent?.length))
		.toBe(true);
	// The device's own copy (its account, language and build), with foreign content planted in it, as
	// by a tampered profile or by another script on the origin.
	const planted = [
		'<img src="/favicon.png?leak" alt="">',
		'<iframe src="/login"></iframe>',
		'<script>window.__planted = true</script>',
		'<a href="javascript:window.__planted=true">Mở javascript</a>',
		'<a href="https://elsewhere.example/phish">Mở nơi khác</a>',
		'<a href="//elsewhere.example/phish">Mở giao thức tương đối</a>',
		'<a href="/\t/elsewhere.example/phish">Mở có ký tự tab</a>',
		'<a href="/\n\\elsewhere.example/phish">Mở có xuống dòng</a>',
		'<a href="/inspections/new" onclick="window.__planted=true" style="background: url(https://elsewhere.example/x)">Mở trong ứng dụng</a>',
		'<svg><a href="/x"><text>svg</text></a></svg>',
		'<form action="https://elsewhere.example/"><button>Gửi</button></form>'
	].join('');
	await page.evaluate((extra) => {
		const copy = JSON.parse(localStorage.getItem('vhcv.homeSnapshot') ?? '{}') as { html: string };
		copy.html = copy.html.replace('</main>', `<section data-snapshot="">${extra}</section></main>`);
		localStorage.setItem('vhcv.homeSnapshot', JSON.stringify(copy));
	}, planted);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.reload();
	const copy = await bootCopy(page);
	expect(copy?.html).toContain('Phiếu kiểm tra của tôi');
	for (const foreign of ['<img', '<iframe', '<script', '<svg', '<form', 'javascript:', 'elsewhere.example', 'onclick', 'url(']) {
		expect(copy?.html).not.toContain(foreign);
	}
	// The links' words stay; only an address within the app stays a link's address.
	expect(copy?.links).toContainEqual({ name: 'Mở javascript', href: null });
	expect(copy?.links).toContainEqual({ name: 'Mở nơi khác', href: null });
	expect(copy?.links).toContainEqual({ name: 'Mở giao thức tương đối', href: null });
	expect(copy?.links).toContainEqual({ name: 'Mở có ký tự tab', href: null });
	expect(copy?.links).toContainEqual({ name: 'Mở có xuống dòng', href: null });
	expect(copy?.links).toContainEqual({ name: 'Mở trong ứng dụng', href: '/inspections/new' });
	// And the app's own page replaces it as always; nothing planted was ever fetched or framed.
	await expect(page.locator('.boot')).toHaveCount(0, { timeout: 5000 });
	await expect(page.getByRole('heading', { level: 1, name: 'Phiếu kiểm tra của tôi' })).toBeVisible();
	expect(requested.filter((url) => url.includes('leak') || url.includes('elsewhere.example'))).toEqual([]);
	expect(page.frames()).toHaveLength(1);
});

test.describe('while the app is held back', () => {
	// No worker: it would serve the app's script from its cache, past the route that holds it here.
	test.use({ serviceWorkers: 'block' });

	/**
	 * Signed in, the copy kept, then a start with the app's script held back until `release`: the copy
	 * is on screen and nothing of the app has run, as in the first second on a slow phone.
	 */
	async function startWithAppHeld(page: Page): Promise<() => void> {
		await page.goto(server.url('/'));
		await signIn(page, 'thanhtra1');
		// Kept from a page the server sent for / (with no worker, its inlined stylesheet is the home
		// route's, not the worker's shell's; app.html draws a copy only with the stylesheet it was made with).
		await page.goto(server.url('/'));
		await expect
			.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('vhcv.homeSnapshot') ?? '{}') as { css?: number }).css === document.querySelector('head style')?.textContent?.length))
			.toBe(true);

		let release: () => void = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await released;
			await route.continue().catch(() => {});
		});
		await page.reload({ waitUntil: 'commit' });
		await expect(page.locator('.boot.snapshot')).toHaveCount(1);
		return release;
	}

	test('a keyboard user who moves to a link of the copy keeps the focus on that link when the app replaces the copy', async ({ page }) => {
		const release = await startWithAppHeld(page);
		// The header's title link, then (the language button is disabled in the copy) the new-inspection link.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.locator('.boot.snapshot')).toHaveAttribute('data-focus', '/inspections/new');

		release();
		await expect(page.locator('.boot')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Bắt đầu kiểm tra mới' })).toBeFocused();
	});

	test("a tap on a link of the copy before the app has started opens that link's page", async ({ page, context }) => {
		// The copy's closed shadow root, kept where the test can find the link's place on screen.
		await context.addInitScript(() => {
			const attach = Element.prototype.attachShadow;
			Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
				const root = attach.call(this, init);
				if (this.classList.contains('boot')) (window as unknown as { __bootRoot: ShadowRoot }).__bootRoot = root;
				return root;
			};
		});
		const release = await startWithAppHeld(page);
		const at = await page.evaluate(() => {
			const root = (window as unknown as { __bootRoot: ShadowRoot }).__bootRoot;
			const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Bắt đầu kiểm tra mới');
			const box = link?.getBoundingClientRect();
			return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
		});
		expect(at).not.toBeNull();
		// The finger lands on the copy's link (the app's page is hidden under it and has not started).
		await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
		await expect(page).toHaveURL(/\/inspections\/new$/);

		release();
		await expect(page.getByRole('heading', { level: 1, name: 'Bắt đầu kiểm tra' })).toBeVisible();
	});
});
