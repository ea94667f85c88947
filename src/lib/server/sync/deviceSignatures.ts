import { importVerifyKey, verifyText } from '$lib/domain/signature';
import { PublicKeyJwkSchema } from '$lib/domain/signatureSchemas';
import type { DeviceKey } from '../store/devices/deviceRecords';
import type { Store } from '../store/Store';

/**
 * Checks a record's signature against the device key it names. The key must be registered for the
 * record's inspector and not revoked when the record arrives; records it signed before a revocation
 * were checked when they arrived and stay valid. Imported keys are kept (they never change for an
 * id), so a batch verifies without re-importing.
 */
const imported = new Map<string, Promise<CryptoKey>>();
const MAX_CACHED = 5_000;

function verifyKey(device: DeviceKey): Promise<CryptoKey> {
	const cacheKey = `${device.id}:${device.publicKey}`;
	let key = imported.get(cacheKey);
	if (!key) {
		if (imported.size >= MAX_CACHED) imported.clear();
		key = importVerifyKey(PublicKeyJwkSchema.parse(JSON.parse(device.publicKey)));
		imported.set(cacheKey, key);
		key.catch(() => imported.delete(cacheKey));
	}
	return key;
}

export type SignatureCheck = { ok: true; device: DeviceKey } | { ok: false; message: string; revoked?: true };

export async function checkSignature(
	devices: Map<string, DeviceKey | null>,
	record: { inspectorId: string; deviceId: string; text: string; signature: string }
): Promise<SignatureCheck> {
	const device = devices.get(record.deviceId) ?? null;
	if (!device || device.userId !== record.inspectorId) {
		return { ok: false, message: 'Biên bản được ký bằng khoá của một thiết bị chưa đăng ký cho tài khoản người kiểm tra này.' };
	}
	if (device.revokedAt !== null) {
		return { ok: false, revoked: true, message: 'Khoá ký của thiết bị này đã bị thu hồi: biên bản ký bằng khoá này không được nhận nữa.' };
	}
	if (!(await verifyText(await verifyKey(device), record.text, record.signature))) {
		return { ok: false, message: 'Chữ ký số không khớp với nội dung biên bản (biên bản đã bị sửa sau khi ký, hoặc ký bằng khoá khác).' };
	}
	return { ok: true, device };
}

/**
 * Whether a stored record's signature is its device's, whatever has happened to the key since (a
 * revocation does not undo what was signed before it): for readers and for `npm run verify`.
 */
export async function checkSignatureAsOf(device: DeviceKey, record: { inspectorId: string; text: string; signature: string }): Promise<boolean> {
	return device.userId === record.inspectorId && (await verifyText(await verifyKey(device), record.text, record.signature));
}

/** The devices a batch names, read once each. */
export async function devicesNamed(store: Store, ids: Iterable<string>): Promise<Map<string, DeviceKey | null>> {
	const devices = new Map<string, DeviceKey | null>();
	for (const id of ids) if (!devices.has(id)) devices.set(id, await store.getDevice(id));
	return devices;
}
