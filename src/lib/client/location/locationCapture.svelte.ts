import type { LocationFix } from '$lib/domain/evidence';
import { accuracyQuality, type AccuracyQuality } from '$lib/domain/locationAccuracy';
import { rememberWatchFix } from './currentFix';
import { watchPosition, type WatchErrorKind, type WatchHandlers } from './watchPosition';

export type CaptureState = 'idle' | 'watching' | 'saved' | 'error';

/**
 * Getting a GPS fix the way field teams expect (ODK's rules): watch the position and show the
 * accuracy as it improves; take it by itself once it is within 5 m; otherwise the inspector decides
 * when to "save anyway" (Lưu vị trí này), warned when it is worse than 100 m. On an error (no
 * permission; no signal at all within the timeout) the watch stops and "retry" starts again.
 */
export class LocationCapture {
	state = $state<CaptureState>('idle');
	/** The latest fix of the current watch (the one "save anyway" would save). */
	latest = $state<LocationFix | null>(null);
	error = $state<WatchErrorKind | null>(null);
	#stopWatch: (() => void) | null = null;
	readonly #save: (fix: LocationFix) => void;
	readonly #watch: (handlers: WatchHandlers) => () => void;

	constructor(save: (fix: LocationFix) => void, watch: (handlers: WatchHandlers) => () => void = watchPosition) {
		this.#save = save;
		this.#watch = watch;
	}

	get quality(): AccuracyQuality | null {
		return this.latest?.accuracy == null ? null : accuracyQuality(this.latest.accuracy);
	}

	start(): void {
		this.#halt();
		this.latest = null;
		this.error = null;
		this.state = 'watching';
		this.#stopWatch = this.#watch({
			onFix: (fix) => {
				if (this.state !== 'watching') return;
				this.latest = fix;
				rememberWatchFix(fix);
				if (accuracyQuality(fix.accuracy ?? Infinity) === 'good') this.accept();
			},
			onError: (kind) => {
				// A phone standing still may report no new position within the timeout: with a fix in
				// hand that is no failure, the watch goes on and "save anyway" stays on offer.
				if (this.latest && (kind === 'timeout' || kind === 'unavailable')) return;
				this.#halt();
				this.error = kind;
				this.state = 'error';
			}
		});
	}

	/** Save the latest fix as it is ("Lưu vị trí này"), or automatically once it is good enough. */
	accept(): void {
		const fix = this.latest;
		if (!fix) return;
		this.#halt();
		this.state = 'saved';
		this.error = null;
		this.#save(fix);
	}

	/** Stop without saving (the inspector gave up, or the screen is closing). */
	stop(): void {
		this.#halt();
		if (this.state === 'watching') this.state = 'idle';
	}

	#halt(): void {
		this.#stopWatch?.();
		this.#stopWatch = null;
	}
}
