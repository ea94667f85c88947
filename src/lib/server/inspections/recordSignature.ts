import type { InspectionManifest } from '$lib/domain/manifest';
import { MANIFEST_FORMAT } from '$lib/domain/manifest';
import { checkSignatureAsOf } from '../sync/deviceSignatures';
import type { Store } from '../store/Store';
import type { StoredRecord } from '../sync/storedContent';

/** What a reader is told about who signed a stored record, checked again on every read. */
export interface SignatureStatus {
	/** false: sealed before signing (hash only). */
	signed: boolean;
	/** The signature verifies against the registered key today. */
	valid: boolean;
	deviceId: string | null;
	deviceLabel: string | null;
	/** The key was revoked after it signed this record (the record stays valid). */
	revokedAt: string | null;
}

export async function signatureStatus(store: Store, record: StoredRecord): Promise<SignatureStatus> {
	if (record.signature === null || record.manifest.format !== MANIFEST_FORMAT) {
		return { signed: false, valid: false, deviceId: null, deviceLabel: null, revokedAt: null };
	}
	const manifest = record.manifest as InspectionManifest;
	const device = await store.getDevice(manifest.device);
	const valid = device !== null && checkSignatureAsOf(device, { inspectorId: manifest.inspector.id, text: record.text, signature: record.signature });
	return { signed: true, valid, deviceId: manifest.device, deviceLabel: device?.label ?? null, revokedAt: device?.revokedAt ?? null };
}
