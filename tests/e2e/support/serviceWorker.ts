import { expect, type Page } from '@playwright/test';

/** Whether an activated worker is the registration's active worker and controls the page. */
async function controlledByActiveWorker(page: Page): Promise<boolean> {
	try {
		return await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const controller = navigator.serviceWorker.controller;
			return registration?.active?.state === 'activated' && controller !== null && registration.active === controller;
		});
	} catch {
		// The page was navigating (e.g. the reload after an update): ask again.
		return false;
	}
}

/**
 * Wait until a service worker controls the page. `navigator.serviceWorker.ready` can resolve while
 * the worker is still `activating`, so wait for `activated` AND a controller (clients.claim()).
 * Polled from the test side: page.waitForFunction would take a predicate's Promise as truthy.
 */
export async function waitForServiceWorker(page: Page, timeout = 45_000): Promise<void> {
	try {
		await expect
			.poll(() => controlledByActiveWorker(page), { timeout, intervals: [100], message: 'an activated service worker controls the page' })
			.toBe(true);
	} catch (error) {
		// Which step did not happen: no install, an install still running, or a worker that is active but not in control.
		throw new Error(`${error instanceof Error ? error.message : String(error)}\nService worker state: ${await workerState(page)}`, { cause: error });
	}
}

async function workerState(page: Page): Promise<string> {
	return page
		.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
			return `installing ${state(registration?.installing)}, waiting ${state(registration?.waiting)}, active ${state(registration?.active)}, controller ${state(navigator.serviceWorker.controller)}${registration ? '' : ' (no registration)'}`;
		})
		.catch((error: unknown) => `unknown (${String(error)})`);
}

/** The build version the page's controlling worker reports (`$service-worker` version). */
export async function controllerVersion(page: Page): Promise<string | null> {
	return page.evaluate(
		() =>
			new Promise<string | null>((resolve) => {
				const controller = navigator.serviceWorker.controller;
				if (!controller) return resolve(null);
				const channel = new MessageChannel();
				const timer = setTimeout(() => resolve(null), 5_000);
				channel.port1.onmessage = (event: MessageEvent<{ version?: unknown }>) => {
					clearTimeout(timer);
					resolve(typeof event.data.version === 'string' ? event.data.version : null);
				};
				controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
			})
	);
}
