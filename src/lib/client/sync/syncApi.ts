import { z } from 'zod/mini';
import {
	MissingPhotosResponseSchema,
	PullResponseSchema,
	PushResponseSchema,
	type PullResponse,
	type PushItem,
	type PushResponse
} from '$lib/domain/sync';

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

async function request(input: string, init: RequestInit, fetcher: typeof fetch): Promise<Response> {
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

async function json<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T> {
	const parsed = schema.safeParse(await response.json());
	if (!parsed.success) throw new SyncHttpError('invalid', response.status, z.prettifyError(parsed.error));
	return parsed.data;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export async function missingPhotos(hashes: string[], fetcher: typeof fetch = fetch): Promise<string[]> {
	if (hashes.length === 0) return [];
	const body = JSON.stringify({ hashes });
	const response = await request('/api/photos/missing', { method: 'POST', headers: JSON_HEADERS, body }, fetcher);
	return (await json(response, MissingPhotosResponseSchema)).missing;
}

export async function uploadPhoto(
	hash: string,
	mime: string,
	bytes: ArrayBuffer,
	transfer: Transfer = {},
	fetcher: typeof fetch = fetch
): Promise<void> {
	await request(`/api/photos/${hash}`, { method: 'PUT', headers: { 'content-type': mime }, body: bytes }, fetcher);
	transfer.onBytes?.(bytes.byteLength);
}

export async function pushInspections(items: PushItem[], transfer: Transfer = {}, fetcher: typeof fetch = fetch): Promise<PushResponse> {
	const body = JSON.stringify({ items });
	const response = await request('/api/sync/push', { method: 'POST', headers: JSON_HEADERS, body }, fetcher);
	transfer.onBytes?.(body.length);
	return json(response, PushResponseSchema);
}

export async function pull(cursor: string | null, fetcher: typeof fetch = fetch): Promise<PullResponse> {
	const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
	const response = await request(`/api/sync/pull${query}`, { headers: { accept: 'application/json' } }, fetcher);
	return json(response, PullResponseSchema);
}
