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
