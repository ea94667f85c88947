// Which Chromium the browser tests, the benchmark and the icon script drive. Playwright cannot
// download its own browser on these machines, so Debian's is the default; a user's Playwright
// browser also works. Never skip browser tests silently: without a browser, fail and say why.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet and working as root in containers without a network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	// Without these Chromium keeps trying to reach Google's services on the closed network.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * The browser executable: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download.
 * @returns {string | undefined} a path, or undefined to let Playwright use its own browser
 */
export function chromiumExecutable() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		'No Chromium found for the browser tests. Install one: `apt-get update && apt-get install -y chromium` ' +
			'(Debian/Ubuntu), or `npx playwright install chromium` where downloads are allowed, ' +
			'or set CHROMIUM_PATH to a Chromium/Chrome executable.'
	);
}

/** Launch options for Playwright's chromium.launch() and the test config. */
export function chromiumLaunchOptions() {
	const executablePath = chromiumExecutable();
	return { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}
