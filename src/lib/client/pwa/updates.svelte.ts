import { activateWaiting, checkForUpdate, registerServiceWorker, serviceWorkerSupported } from './registerServiceWorker';

/**
 * App-wide update state: a new version may wait, and only the user decides when it takes over.
 * The reload then loses nothing because every draft change is already in IndexedDB.
 */
class AppUpdates {
	#waiting = $state<ServiceWorker | null>(null);
	#applying = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#started = false;

	/** A new version has installed and waits for "Cập nhật". */
	get updateAvailable(): boolean {
		return this.#waiting !== null;
	}

	/** The user pressed "Cập nhật"; the reload follows when the new worker takes control. */
	get applying(): boolean {
		return this.#applying;
	}

	/** Register the worker once per page load (called by UpdateBanner on mount). */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		await this.#register();
	}

	async #register(): Promise<void> {
		this.#registration = await registerServiceWorker({
			onWaiting: (worker) => {
				this.#waiting = worker;
			}
		});
	}

	/**
	 * Look for a new version now (navigation, app back in the foreground, signal back). A first
	 * install that failed (one of the precache downloads cut on a weak first connection) leaves no
	 * worker: the browser drops the registration, and without this nothing would try again before a
	 * full reload, so the app would not open offline. Then register afresh.
	 */
	async check(): Promise<void> {
		if (!this.#started) return;
		if (serviceWorkerSupported() && !navigator.serviceWorker.controller) {
			const live = await navigator.serviceWorker.getRegistration().catch(() => undefined);
			if (!live || (!live.active && !live.installing && !live.waiting)) {
				await this.#register();
				return;
			}
		}
		if (this.#registration) await checkForUpdate(this.#registration);
	}

	/** Activate the waiting version; the page reloads once, on controllerchange. */
	applyUpdate(): void {
		const worker = this.#registration?.waiting ?? this.#waiting;
		if (!worker || this.#applying) return;
		this.#applying = true;
		activateWaiting(worker);
	}
}

export const appUpdates = new AppUpdates();
