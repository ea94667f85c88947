/**
 * Runs `work` once the page is idle (at the latest after `timeoutMs`): code a page will probably
 * need next (another step of the form, the summary, the pages the home page links to) is parsed
 * while the inspector looks at the screen, so the tap that needs it does not wait for it.
 * Failures are ignored: the code is simply loaded when used, as without this.
 */
export function whenIdle(work: () => Promise<unknown>, timeoutMs = 2000): void {
	if (typeof window === 'undefined') return;
	const run = () => void work().catch(() => {});
	if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: timeoutMs });
	else setTimeout(run, Math.min(timeoutMs, 500));
}

/**
 * Whether code can be loaded ahead at no network cost: the service worker controls the page and
 * answers from its cache. On a first visit it does not yet, and loading ahead would download files
 * twice (the page and the worker's install) on the slow link the install is racing.
 */
export function servedFromCache(): boolean {
	return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

/**
 * Runs `work` after start-up has drawn the first screen: a second after the root layout mounts
 * (called from its onMount), then when the page is idle. For start-up work that talks to the
 * server (the session check, the settings, the first sync): offline it only fails, online it is not
 * what the inspector waits for, and run at once it took the main thread and IndexedDB from the
 * page's own first reads (a page's data arrives in several reads after it mounts, with idle gaps
 * between them, so idleness alone does not say the screen is drawn).
 */
export function afterFirstScreen(work: () => Promise<unknown>): void {
	setTimeout(() => whenIdle(work), 1000);
}
