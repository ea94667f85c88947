import { MissingPhotosResponseSchema, PushResponseSchema, type PushItem, type PushResponse } from '$lib/domain/push';
import { encodeJsonBody } from './pushBody';
import { JSON_HEADERS, json, request, SyncHttpError, type Transfer } from './syncApi';

/** The sending half of the protocol: which photos the server lacks, the photos, the inspections. */

/** Which photos the server lacks from this inspector, and which held ones still lack a thumbnail. */
export async function missingPhotos(hashes: string[], fetcher: typeof fetch = fetch): Promise<{ missing: string[]; missingThumbnails: string[] }> {
	if (hashes.length === 0) return { missing: [], missingThumbnails: [] };
	const body = JSON.stringify({ hashes });
	const response = await request('/api/photos/missing', { method: 'POST', headers: JSON_HEADERS, body }, fetcher);
	const answer = await json(response, MissingPhotosResponseSchema);
	return { missing: answer.missing, missingThumbnails: answer.missingThumbnails ?? [] };
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

/**
 * The phone's thumbnail of a photo just uploaded (or held without one), so supervisors' lists and
 * grids need not download the photo. A refusal (an older server, a thumbnail it will not take) is
 * not the sync's concern: pages then show the photo. A lost connection fails the run as usual, and
 * the next run's missingThumbnails sends it again.
 */
export async function uploadThumbnail(hash: string, bytes: ArrayBuffer, fetcher: typeof fetch = fetch): Promise<void> {
	try {
		await request(`/api/photos/${hash}/thumbnail`, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: bytes }, fetcher);
	} catch (error) {
		if (error instanceof SyncHttpError && error.kind === 'server' && error.status !== null && error.status < 500) return;
		throw error;
	}
}

export async function pushInspections(items: PushItem[], transfer: Transfer = {}, fetcher: typeof fetch = fetch): Promise<PushResponse> {
	const { body, headers, bytes } = await encodeJsonBody({ items });
	const response = await request('/api/sync/push', { method: 'POST', headers, body }, fetcher);
	transfer.onBytes?.(bytes);
	return json(response, PushResponseSchema);
}
