import { expect, test, type Page } from '@playwright/test';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { apiAs, finalizeShortInspection, serverInspection } from './support/sync';

// Background Sync, where the browser has it (Chromium): finalizing offline registers a one-off
// sync; when the connection returns the browser wakes the service worker, which tells the open
// app to send. (With no page open, the next app start sends: sending lives in the page.)

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

const pendingSyncTags = (page: Page) =>
	page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { sync?: { getTags(): Promise<string[]> } };
		return (await registration.sync?.getTags()) ?? null;
	});

test('finalized offline: a Background Sync is registered, and when the signal returns the worker wakes the app, which sends', async ({ page, context }) => {
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	await context.setOffline(true);
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null);
	// The browser holds the sync until it is online again.
	await expect.poll(() => pendingSyncTags(page)).toEqual(['vhcv-outbox']);

	// Count the worker's wake-up messages as the app receives them.
	await page.evaluate(() => {
		const counter = window as unknown as { syncRequests: number };
		counter.syncRequests = 0;
		navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
			if (event.data?.type === 'SYNC_REQUESTED') counter.syncRequests += 1;
		});
	});
	await context.setOffline(false);
	await expect.poll(() => page.evaluate(() => (window as unknown as { syncRequests: number }).syncRequests), { timeout: 20_000 }).toBeGreaterThan(0);
	await expect.poll(() => pendingSyncTags(page)).toEqual([]);

	const api = await apiAs(server.origin, server.origin, 'thanhtra1');
	await expect.poll(async () => (await api.get(`/api/inspections/${id}`)).status(), { timeout: 20_000 }).toBe(200);
	expect((await serverInspection(api, id)).submission.revision).toBe(1);
	await api.dispose();
});
