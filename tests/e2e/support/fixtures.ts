import { test as base } from '@playwright/test';
import { AppServer } from './server';

/**
 * `test` with a production server per test and `baseURL` pointing at it, so specs can write
 * `page.goto('/templates')`. Specs that stop and restart the server use `server` directly; the
 * origin never changes, so the service worker and IndexedDB survive a restart.
 */
export const test = base.extend<{ server: AppServer }>({
	// Playwright reads a fixture's dependencies from the destructuring pattern: none here.
	// eslint-disable-next-line no-empty-pattern
	server: async ({}, use) => {
		const server = await AppServer.start();
		await use(server);
		await server.dispose();
	},
	baseURL: async ({ server }, use) => {
		await use(server.origin);
	}
});

export { expect } from '@playwright/test';
