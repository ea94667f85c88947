import { z } from 'zod/mini';
import { formatPullFollow, type PullFollow } from '$lib/domain/pullFollow';

/**
 * Requests of the sync protocol. The pull (every run) is here; what only a run with something to
 * send needs (photos, push) is in pushApi.ts, loaded by syncOnce only then.
 */

/** Why a request to the server did not succeed, in terms the sync engine acts on. */
export class SyncHttpError extends Error {
	constructor(
		readonly kind: 'offline' | 'unauthorized' | 'server' | 'invalid',
		readonly status: number | null,
		message: string
	) {
		super(message);
		this.name = 'SyncHttpError';
	}
}

export interface Transfer {
	/** Bytes of request bodies actually handed to the network, for the progress bar. */
	onBytes?: (bytes: number) => void;
}

export async function request(input: string, init: RequestInit, fetcher: typeof fetch): Promise<Response> {
	let response: Response;
	try {
		response = await fetcher(input, { ...init, credentials: 'same-origin', cache: 'no-store' });
	} catch (error) {
		throw new SyncHttpError('offline', null, error instanceof Error ? error.message : String(error));
	}
	if (response.status === 401) throw new SyncHttpError('unauthorized', 401, 'Session expired');
	if (!response.ok) {
		const text = await response.text().catch(() => '');
		throw new SyncHttpError('server', response.status, text.slice(0, 500));
	}
	return response;
}

export async function json<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T> {
	const parsed = schema.safeParse(await response.json());
	if (!parsed.success) throw new SyncHttpError('invalid', response.status, z.prettifyError(parsed.error));
	return parsed.data;
}

export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** One pull page as the server sent it (JSON, not yet validated: storePull.ts checks it). */
export async function pull(
	cursor: string | null,
	follow: PullFollow,
	fetcher: typeof fetch = fetch,
	colleagues: string | null = null,
	assignments: string | null = null
): Promise<{ body: unknown; status: number }> {
	const query = new URLSearchParams({
		...(cursor ? { cursor } : {}),
		...formatPullFollow(follow),
		...(colleagues ? { colleagues } : {}),
		...(assignments ? { assignments } : {}),
		// This app applies agencyChanges: a few changed agencies come alone, not the whole catalog.
		catalog: 'delta'
	});
	const response = await request(`/api/sync/pull?${query}`, { headers: { accept: 'application/json' } }, fetcher);
	let body: unknown;
	try {
		body = await response.json();
	} catch (error) {
		throw new SyncHttpError('invalid', response.status, error instanceof Error ? error.message : String(error));
	}
	return { body, status: response.status };
}
