import { expect, test, type Page } from '@playwright/test';
import { openDraft } from './support/draft';
import { ensureSignedIn } from './support/session';
import { ensureNextBuild, buildVersion, type NextBuild } from './support/nextBuild';
import { AppServer, DEFAULT_BUILD_DIR } from './support/server';
import { controllerVersion, waitForServiceWorker } from './support/serviceWorker';

// A new version is deployed while an inspector has a draft open. The app must offer the update,
// never take it on its own (no reload mid-form), and after "Cập nhật" run the new version with the
// draft untouched.

const BANNER_TEXT = 'Có phiên bản mới của ứng dụng.';

let next: NextBuild;
let current: string;
let server: AppServer;

test.beforeAll(async () => {
	// Building version 2 takes a vite build (tens of seconds) the first time after each npm run build.
	test.setTimeout(300_000);
	next = ensureNextBuild();
	current = buildVersion(DEFAULT_BUILD_DIR);
	console.log(
		next.builtInSeconds === null
			? `Reusing ${next.dir}/ (version ${next.version}), newer than ${DEFAULT_BUILD_DIR}/.`
			: `Built ${next.dir}/ (version ${next.version}) in ${next.builtInSeconds.toFixed(1)} s.`
	);
});

test.beforeEach(async () => {
	server = await AppServer.start(DEFAULT_BUILD_DIR);
});

test.afterEach(async () => {
	await server.stop();
});

function updateBanner(page: Page) {
	return page.getByRole('status').filter({ hasText: BANNER_TEXT });
}

/** Marks this document: the mark disappears if the page reloads. */
async function markDocument(page: Page): Promise<void> {
	await page.evaluate(() => {
		document.documentElement.dataset.e2eSameDocument = 'yes';
	});
}

async function sameDocument(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.dataset.e2eSameDocument === 'yes');
}

test('a new version is offered, waits for the user, and keeps the open draft', async ({ page }) => {
	// Counts document loads across reloads of this tab (sessionStorage survives a reload).
	await page.addInitScript(() => {
		const loads = Number(sessionStorage.getItem('e2e.loads') ?? '0') + 1;
		sessionStorage.setItem('e2e.loads', String(loads));
	});
	await page.goto(server.url('/'));
	await waitForServiceWorker(page);
	expect(await controllerVersion(page)).toBe(current);

	const draft = await openDraft(page);
	const loadsBefore = Number(await page.evaluate(() => sessionStorage.getItem('e2e.loads')));
	await markDocument(page);

	// Deploy: same origin, new build.
	await server.restart(next.dir);

	// The app looks for a new version when it comes back to the foreground.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

	const banner = updateBanner(page);
	await expect(banner).toBeVisible({ timeout: 30_000 });
	const update = banner.getByRole('button', { name: 'Cập nhật' });
	await expect(update).toBeEnabled();

	// Offered, not taken: same document, still the old worker, draft untouched.
	expect(await sameDocument(page)).toBe(true);
	expect(await controllerVersion(page)).toBe(current);
	await draft.expectIntact(page);

	const reloaded = page.waitForEvent('load');
	await update.click();
	await reloaded;

	expect(await sameDocument(page)).toBe(false);
	await waitForServiceWorker(page);
	expect(await controllerVersion(page)).toBe(next.version);
	const served = await page.evaluate(async () => (await (await fetch('/_app/version.json')).json()) as unknown);
	expect(served).toEqual({ version: next.version });
	await expect(page.getByText(BANNER_TEXT)).toHaveCount(0);
	// Exactly one reload: the one after "Cập nhật".
	expect(Number(await page.evaluate(() => sessionStorage.getItem('e2e.loads')))).toBe(loadsBefore + 1);
	await draft.expectIntact(page);
});

test('moving to another page also looks for a new version', async ({ page }) => {
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await waitForServiceWorker(page);
	await markDocument(page);

	await server.restart(next.dir);

	// A client-side navigation (no page load, so the browser itself does not check).
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).locator('a[href="/templates"]').click();
	await expect(page).toHaveURL(server.url('/templates'));
	await expect(updateBanner(page)).toBeVisible({ timeout: 30_000 });
	expect(await sameDocument(page)).toBe(true);
	expect(await controllerVersion(page)).toBe(current);
});

test('a tab left open while another tab applied the update reloads into it on "Cập nhật"', async ({ context }) => {
	const first = await context.newPage();
	await first.goto(server.url('/'));
	await ensureSignedIn(first);
	await waitForServiceWorker(first);
	const second = await context.newPage();
	await second.goto(server.url('/templates'));
	await waitForServiceWorker(second);

	await server.restart(next.dir);
	for (const tab of [first, second]) {
		await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(updateBanner(tab)).toBeVisible({ timeout: 30_000 });
	}
	await markDocument(second);

	const firstReloaded = first.waitForEvent('load');
	await updateBanner(first).getByRole('button', { name: 'Cập nhật' }).click();
	await firstReloaded;
	await waitForServiceWorker(first);
	expect(await controllerVersion(first)).toBe(next.version);

	// The second tab is now controlled by the new worker but still runs the old code: it keeps
	// offering the update, and the button reloads it (no waiting worker is left to message).
	expect(await sameDocument(second)).toBe(true);
	await expect(updateBanner(second)).toBeVisible();
	const secondReloaded = second.waitForEvent('load');
	await updateBanner(second).getByRole('button', { name: 'Cập nhật' }).click();
	await secondReloaded;
	expect(await sameDocument(second)).toBe(false);
	await expect(second.getByText(BANNER_TEXT)).toHaveCount(0);
	expect(await controllerVersion(second)).toBe(next.version);
});

test('an update whose download is cut keeps the running version, and installs on the next try', async ({ context, page }) => {
	// A first install, a failed one and the retried one, each a download of the whole app's changed files.
	test.setTimeout(180_000);
	await page.goto(server.url('/'));
	await ensureSignedIn(page);
	await waitForServiceWorker(page);

	// The new version is deployed, but the link drops while the phone downloads its files.
	let cut = true;
	let refused = 0;
	await context.route(/\/(_app\/(immutable|pack)\/|app-shell)/, (route) => {
		if (!cut) return route.fallback();
		refused += 1;
		return route.abort('connectionreset');
	});
	await server.restart(next.dir);
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect.poll(() => refused, { message: 'the new version was being downloaded' }).toBeGreaterThan(0);
	await expect
		.poll(() => page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.installing === null && registration.waiting === null;
		}), { message: 'the failed install left nothing installing or waiting' })
		.toBe(true);

	// Nothing of the running version was lost: it still controls the page and opens a new tab.
	expect(await controllerVersion(page)).toBe(current);
	await expect(updateBanner(page)).toHaveCount(0);
	const tab = await context.newPage();
	await tab.goto(server.url('/templates'));
	await waitForServiceWorker(tab);
	expect(await controllerVersion(tab)).toBe(current);
	await expect(tab.getByRole('heading', { level: 1, name: 'Mẫu phiếu kiểm tra' })).toBeVisible();
	await tab.close();

	// The link is back: the next look for a version installs it, and it is offered as usual.
	cut = false;
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	const banner = updateBanner(page);
	await expect(banner).toBeVisible({ timeout: 30_000 });
	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Cập nhật' }).click();
	await reloaded;
	await waitForServiceWorker(page);
	expect(await controllerVersion(page)).toBe(next.version);
});
