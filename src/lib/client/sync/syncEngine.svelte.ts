import type { LocalizedText } from '$lib/domain/localized';
import { session } from '../session/session.svelte';
import { retryDelayMs } from './backoff';
import { SyncHttpError } from './syncApi';
import { syncOnce, type SyncProgress } from './syncOnce';

const LAST_SUCCESS_KEY = 'vhcv.lastSyncAt';
/**
 * With nothing failing, still look for decisions, returned inspections and new templates: every
 * 30 s while the app is on screen, so an approval or a return reaches an open phone without a tap
 * (a pull with nothing new is a few hundred bytes), and every 5 minutes while it is hidden (where
 * browsers throttle timers anyway; becoming visible syncs at once).
 */
const VISIBLE_PULL_MS = 30_000;
const HIDDEN_PULL_MS = 5 * 60_000;
/** Held by the one tab of the app that syncs; the others see its results in the shared IndexedDB. */
const SYNC_LOCK = 'vhcv-sync';

function idlePullMs(): number {
	return typeof document !== 'undefined' && document.visibilityState === 'visible' ? VISIBLE_PULL_MS : HIDDEN_PULL_MS;
}

/**
 * When to talk to the server. The outbox in IndexedDB is the truth; this only decides when to run
 * `syncOnce`: app start, the `online` event, the app becoming visible, right after finalize, the
 * "Gửi ngay" button, a timer with exponential backoff and jitter, a modest poll while on screen,
 * and Background Sync where the browser has it (the service worker only wakes the page).
 * `navigator.onLine` is not trusted. Only one tab syncs at a time (Web Locks, where the browser has
 * them): two tabs pushing the same outbox at once would only race.
 */
class SyncEngine {
	running = $state(false);
	progress = $state<SyncProgress | null>(null);
	/**
	 * Last successful sync per account: the time is about one user's queue, and another user
	 * signing in on this device must not see the previous user's (it used to be one shared value).
	 */
	#lastSuccessByUser = $state<Record<string, string>>({});
	error = $state<LocalizedText | null>(null);
	needsSignIn = $state(false);
	#failures = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#again = false;
	#started = false;
	/** The account of the last run: a different one starts with no error and no failures of the previous user. */
	#runFor: string | null = null;

	/** When `userId`'s data last went through with the server on this device, or null. */
	lastSuccessAt(userId: string | undefined): string | null {
		if (!userId) return null;
		const known = this.#lastSuccessByUser[userId];
		if (known) return known;
		try {
			return localStorage.getItem(`${LAST_SUCCESS_KEY}:${userId}`);
		} catch {
			// No storage access: the time is simply not shown.
			return null;
		}
	}

	/** Wire up the wake-ups once, from the root layout. */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		window.addEventListener('online', () => this.syncSoon());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') this.syncSoon();
		});
		navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
			if (event.data?.type === 'SYNC_REQUESTED') this.syncSoon();
		});
		this.syncSoon();
	}

	/** Run as soon as possible (now, or right after the run in progress). */
	syncSoon(): void {
		if (this.running) {
			this.#again = true;
			return;
		}
		this.#schedule(0);
	}

	/** After finalize: sync now, and ask for a Background Sync wake-up in case the page closes. */
	afterFinalize(): void {
		this.syncSoon();
		void navigator.serviceWorker?.ready
			.then((registration) => (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register('vhcv-outbox'))
			.catch(() => {
				// Not supported (Safari, Firefox) or refused: the other wake-ups cover it.
			});
	}

	#schedule(delayMs: number): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#run(), delayMs);
	}

	async #run(): Promise<void> {
		this.#timer = null;
		await session.load();
		const account = session.account;
		if (!account || this.running) return;
		if (session.expired) {
			this.needsSignIn = true;
			return;
		}
		const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
		if (!locks) return this.#runAs(account);
		let ran = false;
		await locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
			if (!lock) return;
			ran = true;
			await this.#runAs(account);
		});
		// Another tab of the app is syncing: its results reach this one through IndexedDB. Look again later.
		if (!ran) this.#schedule(idlePullMs());
	}

	async #runAs(account: NonNullable<typeof session.account>): Promise<void> {
		if (this.#runFor !== account.id) {
			this.#runFor = account.id;
			this.#failures = 0;
			this.error = null;
			this.needsSignIn = false;
		}
		this.running = true;
		this.#again = false;
		// Every request of this run is made for `account`: if the user signs out (and someone else
		// signs in) mid-run, the rest of the run must not go out with the next user's cookie, which
		// would send, or get refused and stuck, the previous user's inspections. It fails as "offline"
		// and the next run works for whoever is signed in then.
		const forAccount: typeof fetch = (input, init) =>
			session.account?.id === account.id ? fetch(input, init) : Promise.reject(new Error('The signed-in account changed'));
		try {
			const summary = await syncOnce(account.id, (p) => (this.progress = p), forAccount);
			this.#failures = 0;
			this.error =
				summary.conflicts + summary.rejected > 0
					? { vi: 'Có phiếu máy chủ không nhận. Xem chi tiết ở từng phiếu.', en: 'Some inspections were not accepted. See each inspection.' }
					: null;
			this.needsSignIn = false;
			const at = new Date().toISOString();
			this.#lastSuccessByUser = { ...this.#lastSuccessByUser, [account.id]: at };
			try {
				localStorage.setItem(`${LAST_SUCCESS_KEY}:${account.id}`, at);
			} catch {
				// Shown for this session only.
			}
			// Photos the server asked for again are retried after a short pause, not at once: a server
			// that keeps answering "waiting" must not turn this into a tight request loop.
			this.#schedule(this.#again ? 0 : summary.waiting > 0 ? retryDelayMs(1) : idlePullMs());
		} catch (error) {
			this.#failures += 1;
			if (error instanceof SyncHttpError && error.kind === 'unauthorized') {
				this.needsSignIn = true;
				await session.verify();
				this.error = { vi: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để gửi; dữ liệu vẫn an toàn trên máy.', en: 'Your session has expired. Sign in again to send; your data is safe on this device.' };
			} else if (error instanceof SyncHttpError && error.kind === 'offline') {
				this.error = { vi: 'Chưa có kết nối tới máy chủ. Phiếu được giữ trên máy và sẽ tự gửi khi có mạng.', en: 'No connection to the server. Inspections stay on this device and will be sent automatically.' };
			} else {
				this.error = { vi: 'Gửi chưa thành công, sẽ tự thử lại.', en: 'Sending failed; it will retry automatically.' };
			}
			// A wake-up that came during the failed run (the `online` event as the signal returns, the
			// app becoming visible, a finalize) was only noted in #again; it used to be dropped here and
			// the next try waited for the backoff. It is new information, so try again at once.
			if (!this.needsSignIn) this.#schedule(this.#again ? 0 : retryDelayMs(this.#failures));
		} finally {
			this.running = false;
			this.progress = null;
		}
	}
}

export const sync = new SyncEngine();
