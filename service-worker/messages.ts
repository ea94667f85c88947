/**
 * Messages between the pages and the worker. The page decides when a waiting worker takes over
 * (an inspector may be mid-form), so activation is only ever asked for, never automatic.
 * The client side lives in src/lib/client/pwa/registerServiceWorker.ts and uses the same strings.
 */

/** Page → waiting worker: activate now (the user pressed "Cập nhật"). */
export interface SkipWaitingMessage {
	type: 'SKIP_WAITING';
}

/**
 * Page → active worker: take control of me. clients.claim() at activation skips a page whose
 * document was still loading then (the navigation began before the worker was active; the spec
 * claims only execution-ready clients), and a client-side navigation never changes that, so the
 * page asks once its script runs.
 */
export interface ClaimMessage {
	type: 'CLAIM';
}

/** Page → any worker: which build are you? Answered on the transferred MessagePort. */
export interface GetVersionMessage {
	type: 'GET_VERSION';
}

/** Worker → page, on the port of a GET_VERSION message. */
export interface VersionReply {
	type: 'VERSION';
	version: string;
}

export type WorkerMessage = SkipWaitingMessage | ClaimMessage | GetVersionMessage;

export function isWorkerMessage(data: unknown): data is WorkerMessage {
	if (typeof data !== 'object' || data === null || !('type' in data)) return false;
	return data.type === 'SKIP_WAITING' || data.type === 'CLAIM' || data.type === 'GET_VERSION';
}

/**
 * Worker → every window of the app, during install: how many of the app's files are on the device.
 * The home page shows it while the phone is not yet ready to work offline.
 */
export interface PrecacheProgress {
	type: 'PRECACHE_PROGRESS';
	done: number;
	total: number;
}
