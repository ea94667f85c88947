import { liveQuery } from 'dexie';
import { database } from '../db/database';
import { sync } from '../sync/syncEngine.svelte';
import { serviceWorkerSupported } from './registerServiceWorker';
import { appUpdates } from './updates.svelte';

/** What the phone still lacks to work with no network. */
export type AppFilesState = 'unsupported' | 'downloading' | 'ready';

/**
 * How often the state is looked at while not ready (cheap: a registration and two counts), for the
 * retries: the worker's install ending and the catalog arriving are also seen as they happen.
 */
const LOOK_MS = 1000;
/** First retry of a stalled download after this, doubling up to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 5000;
const RETRY_MAX_MS = 60_000;

/**
 * Whether this phone can work offline: the app's files are all in the service worker's cache (an
 * active worker exists only once its install, every file, succeeded) and the catalog (templates
 * and agencies) is in IndexedDB. While not, it keeps trying: a first install cut by a weak
 * connection leaves no worker, and is registered again; a missing catalog asks for a sync.
 * Both retries back off, and the install resumes with the files it already has.
 */
class OfflineReadiness {
	appFiles = $state<AppFilesState>('downloading');
	/** Files on the device / in all, as the installing worker reports them. */
	progress = $state<{ done: number; total: number } | null>(null);
	catalog = $state(false);
	/** A download stalled and is being tried again. */
	retrying = $state(false);
	/** The state has been looked at once: until then nothing is said (a warm start is not "not ready"). */
	checked = $state(false);
	#started = false;
	#retryMs = RETRY_FIRST_MS;
	#nextRetryAt = 0;
	#catalogWatch: { unsubscribe(): void } | null = null;

	get ready(): boolean {
		return this.appFiles === 'ready' && this.catalog;
	}

	/** Watch once per page load (the home page starts it). */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		if (!serviceWorkerSupported()) this.appFiles = 'unsupported';
		else {
			navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
				const data = event.data;
				if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'PRECACHE_PROGRESS' && 'done' in data && 'total' in data) {
					this.progress = { done: Number(data.done), total: Number(data.total) };
				}
			});
		}
		this.#nextRetryAt = Date.now() + RETRY_FIRST_MS;
		void this.#look();
	}

	/**
	 * Not ready at the first look (a first visit): say so the moment the worker's install has finished
	 * (every file cached) and the moment a pull has stored the catalog, not at the next look, which
	 * came up to a second later. A warm start, ready at once, sets up none of this.
	 */
	#watch(): void {
		if (this.#catalogWatch) return;
		if (this.appFiles !== 'unsupported') void navigator.serviceWorker.ready.then(() => this.#refresh());
		this.#catalogWatch = liveQuery(() => this.#catalogPresent()).subscribe({
			next: (present) => (this.catalog = present),
			// The looks go on and say the same a second later.
			error: () => {}
		});
	}

	/** The state as it is now. */
	async #refresh(): Promise<{ ready: boolean; installing: boolean }> {
		const [files, catalog] = await Promise.all([this.#filesReady(), this.#catalogPresent()]);
		if (this.appFiles !== 'unsupported') this.appFiles = files.ready ? 'ready' : 'downloading';
		this.catalog = catalog;
		this.checked = true;
		return files;
	}

	/** Looks every LOOK_MS until ready, retrying what stalled. */
	async #look(): Promise<void> {
		const files = await this.#refresh();
		if (this.ready || (this.appFiles === 'unsupported' && this.catalog)) {
			this.retrying = false;
			// Ready: the counts are not read again after every pull for the rest of the page's life.
			this.#catalogWatch?.unsubscribe();
			return;
		}
		this.#watch();
		if (Date.now() >= this.#nextRetryAt) {
			// Nothing installing and no active worker: the install failed; catalog missing: pull again.
			const stalled = (this.appFiles === 'downloading' && !files.installing) || !this.catalog;
			this.retrying = stalled;
			if (this.appFiles === 'downloading' && !files.installing) void appUpdates.check();
			if (!this.catalog) sync.syncSoon();
			this.#nextRetryAt = Date.now() + this.#retryMs;
			this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MAX_MS);
		}
		setTimeout(() => void this.#look(), LOOK_MS);
	}

	async #filesReady(): Promise<{ ready: boolean; installing: boolean }> {
		if (!serviceWorkerSupported()) return { ready: false, installing: false };
		const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
		return { ready: Boolean(registration?.active), installing: Boolean(registration?.installing ?? registration?.waiting) };
	}

	async #catalogPresent(): Promise<boolean> {
		try {
			const db = database();
			const [templates, agencies] = await Promise.all([db.templates.count(), db.agencies.count()]);
			return templates > 0 && agencies > 0;
		} catch {
			return false;
		}
	}
}

export const offlineReadiness = new OfflineReadiness();
