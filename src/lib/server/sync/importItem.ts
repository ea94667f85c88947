import { formatDateTime } from '$lib/domain/dates';
import type { ImportItemRequest } from '$lib/domain/pendingBundle';
import type { PushResult } from '$lib/domain/sync';
import { canImportFor } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { pushInspections } from './pushInspections';

/**
 * Imports one inspection of an exported file of pending inspections (domain/pendingBundle.ts) on
 * behalf of the inspector who made it. The importer is custody, not authorship: the inspection is
 * stored exactly as a push by its inspector would store it (same checks, same exactly-once rule),
 * and the import itself is added to the trail with the importer's name.
 *
 * Refused before anything is stored: an importer who is not an admin or a supervisor of the
 * inspection's agency (403), and photo bytes that are not the photos of this inspection (400).
 * Photos are stored before the inspection, each checked against its hash and decoded, as uploads are.
 * A photo the file does not carry must already be held by the inspector (uploaded from their phone).
 */
export async function importItem(store: Store, importer: User, request: ImportItemRequest, now: Date): Promise<PushResult> {
	const { item, photos } = request.entry;
	const { inspection } = item;
	if (!canImportFor(importer, inspection.agencyId, await store.listAgencies())) {
		throw new ApiError(403, 'outside-jurisdiction', 'Biên bản này thuộc cơ quan ngoài phạm vi giám sát của bạn nên không nhập được.');
	}
	const owner = await store.getUser(inspection.inspectorId);
	if (!owner || owner.role !== 'inspector') {
		return rejected(inspection.id, inspection.revision, 'Người kiểm tra lập biên bản này không có tài khoản người kiểm tra trên máy chủ.');
	}
	if (owner.disabled) {
		return rejected(inspection.id, inspection.revision, 'Tài khoản của người kiểm tra lập biên bản này đã bị khoá nên không nhận biên bản của họ.');
	}

	const wanted = new Map(item.photos.map((p) => [p.sha256, p.mime]));
	for (const photo of photos) {
		if (wanted.get(photo.sha256) !== photo.mime) {
			throw new ApiError(400, 'unknown-photo', 'Tệp có ảnh không thuộc biên bản này (hoặc sai loại ảnh).', { photos: [photo.sha256] });
		}
	}
	// The file carries the bytes from the inspector's phone: they are held for the inspector, whose record cites them.
	for (const photo of photos) {
		await store.putPhoto(photo.sha256, photo.mime, Buffer.from(photo.base64, 'base64'), now, owner.id);
	}

	const [result] = (await pushInspections(store, owner, { items: [item] }, now)).results;
	if (!result) throw new Error('pushInspections answered no result for one item');
	if (result.outcome === 'created') {
		const by = request.exportedBy.name.trim() || request.exportedBy.id;
		await store.appendEvent(
			{
				inspectionId: result.id,
				revision: result.revision,
				actorId: importer.id,
				action: 'imported',
				comment: `Nhập từ tệp phiếu chờ gửi do ${by} xuất trên điện thoại lúc ${formatDateTime(request.exportedAt)} (giờ Việt Nam).`,
				itemComments: {}
			},
			now
		);
	}
	return result;
}

function rejected(id: string, revision: number, message: string): PushResult {
	return { id, revision, outcome: 'rejected', receivedAt: null, missingPhotos: [], message };
}
