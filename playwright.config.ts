import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// Browser tests run against the production build (`npm run build` first; `npm test` does it).
// Each spec starts its own `node build` server through tests/e2e/support/server.ts, because the
// offline and update tests stop and restart the server, on the same port, mid-test.
export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/support/global-setup.ts',
	// Two cores, and tests that start and stop servers: one at a time.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		browserName: 'chromium',
		// Throws, saying how to install one, when no Chromium is found: never a silent skip.
		launchOptions: chromiumLaunchOptions(),
		serviceWorkers: 'allow',
		timezoneId: 'Asia/Ho_Chi_Minh',
		locale: 'vi-VN',
		trace: 'retain-on-failure'
	}
});
