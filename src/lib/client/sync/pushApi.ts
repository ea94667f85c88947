import {
	MissingPhotosResponseSchema,
	PushResponseSchema,
	type PushItem,
	type PushResponse
} from '$lib/domain/sync';
import { encodeJsonBody } from './pushBody';
import { JSON_HEADERS, json, request, type Transfer } from './syncApi';

/** The sending half of the protocol: which photos the server lacks, the photos, the inspections. */

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
	const { body, headers, bytes } = await encodeJsonBody({ items });
	const response = await request('/api/sync/push', { method: 'POST', headers, body }, fetcher);
	transfer.onBytes?.(bytes);
	return json(response, PushResponseSchema);
}
