import { expect, type Page } from '@playwright/test';

/** The tile server in the server's settings as the device keeps them (IndexedDB), or null before the first contact. */
function tileServerOnDevice(page: Page): Promise<string | null> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('vhcv-inspector');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error ?? new Error('open failed'));
		});
		const row = await new Promise<{ value?: { tiles?: { urlTemplate?: string } } } | undefined>((resolve, reject) => {
			const req = db.transaction('settings').objectStore('settings').get('appConfig');
			req.onsuccess = () => resolve(req.result as { value?: { tiles?: { urlTemplate?: string } } } | undefined);
			req.onerror = () => reject(req.error ?? new Error('read failed'));
		});
		db.close();
		return row?.value?.tiles?.urlTemplate ?? null;
	});
}

/**
 * The server's settings (the tile server `urlTemplate`) are on the device. The app asks for them
 * once a page's first screen is drawn (a second after it starts, then when idle: src/routes/+layout.svelte),
 * as a person's first minutes always allow; a test that opens the map within a second of its last
 * page load waits for them as that person would have.
 */
export async function waitForServerSettingsOnDevice(page: Page, urlTemplate: string): Promise<void> {
	await expect.poll(() => tileServerOnDevice(page), { timeout: 15_000, message: 'the server settings are on the device' }).toBe(urlTemplate);
}
