import { expect, test } from '@playwright/test';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { signIn } from './support/session';
import { finalizeShortInspection } from './support/sync';

// What the inspector's phone says about an inspection while sync and the supervisor act on it.
let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the summary open after finalizing says "sent" once the server has the inspection, with no reload', async ({ page }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForCatalogOnDevice(page);
	await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	// Still on the summary: the inspection is sent by itself, and the page must say so.
	await expect(page.getByText(/Máy chủ đã nhận lúc/)).toBeVisible({ timeout: 20_000 });
	const facts = page.getByRole('definition').filter({ hasText: /· lần 1$/ });
	await expect(facts.getByText('Đã gửi', { exact: true })).toBeVisible();
	await expect(page.getByText(/đang chờ gửi/)).toHaveCount(0);
});
