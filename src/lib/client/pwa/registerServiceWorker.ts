import { dev } from '$app/environment';

/**
 * Registers the app's service worker and reports new versions; it never activates one itself.
 *
 * Message protocol (same strings as service-worker/messages.ts, which cannot be imported here
 * because it is compiled for the worker):
 * - `{ type: 'SKIP_WAITING' }` to the waiting worker: activate now.
 * - `{ type: 'CLAIM' }` to the active worker: take control of this page (see claimIfUncontrolled).
 * - `{ type: 'GET_VERSION' }` with a MessagePort: the worker answers `{ type: 'VERSION', version }`.
 */

export interface RegistrationHooks {
	/** A new version has installed and waits for the user's word (or null once it is gone). */
	onWaiting(worker: ServiceWorker | null): void;
}

export function serviceWorkerSupported(): boolean {
	return typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/**
 * Register /service-worker.js and watch for a waiting worker. Resolves to null where service
 * workers are unavailable (old browser, insecure origin) or registration failed: the app then
 * simply works online.
 */
export async function registerServiceWorker(hooks: RegistrationHooks): Promise<ServiceWorkerRegistration | null> {
	if (!serviceWorkerSupported()) return null;
	let registration: ServiceWorkerRegistration;
	try {
		// Vite serves the worker as an ES module in dev; the build is one classic script.
		registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
	} catch (error) {
		console.warn('Service worker registration failed; the app works online only.', error);
		return null;
	}

	const offer = (worker: ServiceWorker | null) => {
		hooks.onWaiting(worker);
		// A waiting worker replaced by an even newer one becomes redundant: stop offering it.
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'redundant' && registration.waiting === null) hooks.onWaiting(null);
		});
	};

	// A version that installed during an earlier visit (or while this tab was closed) still waits.
	if (registration.waiting) offer(registration.waiting);
	claimIfUncontrolled(registration.active);

	const watch = (installing: ServiceWorker | null) => {
		installing?.addEventListener('statechange', () => {
			// Without a controller this is the first install: it activates at once, nothing to offer.
			if (installing.state === 'installed' && navigator.serviceWorker.controller) {
				offer(registration.waiting ?? installing);
			}
			if (installing.state === 'activated') claimIfUncontrolled(installing);
		});
	};
	// The browser checks for a new worker on every page load, possibly before we listen.
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));

	return registration;
}

/**
 * Make sure an active worker controls this page. The worker claims the open pages when it activates
 * (service-worker/index.ts), but the spec's clients.claim() skips a page whose document was still
 * loading then: on a first visit the install takes a few seconds, and activation often falls while
 * the sign-in page is being opened (its request went out before the worker was active, so the
 * worker does not control it either). Such a page stayed uncontrolled for as long as it was open:
 * the sign-in and every later step are client-side navigations. So the page asks the worker to
 * claim it again, once the worker is activated (claim() refuses a worker that is not yet active).
 */
function claimIfUncontrolled(worker: ServiceWorker | null): void {
	if (!worker || worker.state === 'redundant' || navigator.serviceWorker.controller) return;
	const ask = () => {
		if (!navigator.serviceWorker.controller) worker.postMessage({ type: 'CLAIM' });
	};
	if (worker.state === 'activated') ask();
	else {
		worker.addEventListener('statechange', function once() {
			if (worker.state !== 'activated') return;
			worker.removeEventListener('statechange', once);
			ask();
		});
	}
}

let checking: Promise<void> | null = null;

/**
 * Ask the browser to fetch the worker script again (on navigation and when the app comes back to
 * the foreground). Offline this fails quietly; concurrent calls share one check.
 */
export function checkForUpdate(registration: ServiceWorkerRegistration): Promise<void> {
	checking ??= registration
		.update()
		.then(
			() => undefined,
			() => undefined
		)
		.finally(() => {
			checking = null;
		});
	return checking;
}

/** Tell the waiting worker to take over, then reload once when it controls this page. */
export function activateWaiting(worker: ServiceWorker): void {
	// Another tab already applied this version: it controls this page too, only the code is old.
	if (navigator.serviceWorker.controller === worker || worker.state === 'activated') {
		window.location.reload();
		return;
	}
	let reloaded = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Some browsers fire controllerchange more than once around an activation: one reload only.
		if (reloaded) return;
		reloaded = true;
		window.location.reload();
	});
	worker.postMessage({ type: 'SKIP_WAITING' });
}

/** The build version of a worker (e.g. the controller), or null if it does not answer in time. */
export function workerVersion(worker: ServiceWorker, timeoutMs = 2000): Promise<string | null> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(null), timeoutMs);
		channel.port1.onmessage = (event: MessageEvent<unknown>) => {
			clearTimeout(timer);
			const data = event.data;
			resolve(
				typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'string'
					? data.version
					: null
			);
		};
		worker.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
	});
}
