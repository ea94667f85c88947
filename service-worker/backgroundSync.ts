/// <reference lib="webworker" />

declare const self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
	readonly tag: string;
}

/** The tag the page registers after finalize (src/lib/client/sync/syncEngine.svelte.ts). */
export const OUTBOX_SYNC_TAG = 'vhcv-outbox';

/**
 * Background Sync (Chromium only) is one more wake-up, nothing else: the worker tells open pages to
 * run their sync. Sending stays in the page, where the session and the outbox logic live; with no
 * page open, the next app start sends.
 */
export function registerBackgroundSyncWakeUp(): void {
	self.addEventListener('sync', (event: Event) => {
		const syncEvent = event as SyncEvent;
		if (syncEvent.tag !== OUTBOX_SYNC_TAG) return;
		syncEvent.waitUntil(
			self.clients.matchAll({ type: 'window' }).then((clients) => {
				for (const client of clients) client.postMessage({ type: 'SYNC_REQUESTED' });
			})
		);
	});
}
