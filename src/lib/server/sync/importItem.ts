import { formatDateTime } from '$lib/domain/dates';
import type { ImportItemRequest } from '$lib/domain/pendingBundle';
import type { PushResult } from '$lib/domain/push';
import { canImportFor } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { checkSignature, devicesNamed } from './deviceSignatures';
import { pushInspections } from './pushInspections';
import { readRecord } from './signedRecord';

/**
 * Imports one inspection of an exported file of pending inspections (domain/pendingBundle.ts) on
 * behalf of the inspector who made it. The importer is custody, not authorship: the record must be
 * signed by a registered, unrevoked device key of the inspector it names (a record the importer
 * wrote or edited is refused with the reason), it is stored exactly as a push by its inspector would
 * store it (same checks, same exactly-once rule), and the import is added to the trail, and so to
 * the ledger, with the importer's name.
 *
 * Refused before anything is stored: an importer who is not an admin or a supervisor of the
 * inspection's agency (403), and photo bytes that are not the photos of this inspection (400).
 * Photos are stored before the inspection, each checked against its hash and decoded, as uploads are.
 * A photo the file does not carry must already be held by the inspector (uploaded from their phone).
 */
export async function importItem(store: Store, importer: User, request: ImportItemRequest, now: Date): Promise<PushResult> {
	const { item, photos } = request.entry;
	const record = readRecord(item.manifest);
	if (!record.ok) return rejected(record.id, record.revision, record.message);
	const manifest = record.manifest;
	const inspection = { id: manifest.inspectionId, revision: manifest.revision, agencyId: manifest.agencyId, inspectorId: manifest.inspector.id };
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

	const wanted = new Map(manifest.photos.map((p) => [p.sha256, p.mime]));
	for (const photo of photos) {
		if (wanted.get(photo.sha256) !== photo.mime) {
			throw new ApiError(400, 'unknown-photo', 'Tệp có ảnh không thuộc biên bản này (hoặc sai loại ảnh).', { photos: [photo.sha256] });
		}
	}
	// Nothing is stored for a record its inspector's phone did not sign: a fabricated or edited record
	// leaves no photo behind either.
	const signed = checkSignature(await devicesNamed(store, [manifest.device]), {
		inspectorId: inspection.inspectorId,
		deviceId: manifest.device,
		text: record.text,
		signature: item.signature
	});
	if (!signed.ok) return rejected(inspection.id, inspection.revision, signed.message);
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
