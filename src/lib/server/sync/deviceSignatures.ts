import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { fromBase64Url } from '$lib/domain/signature';
import { PublicKeyJwkSchema, SignatureSchema } from '$lib/domain/signatureSchemas';
import type { DeviceKey } from '../store/devices/deviceRecords';
import type { Store } from '../store/Store';

/**
 * Checks a record's signature against the device key it names. The key must be registered for the
 * record's inspector and not revoked when the record arrives; records it signed before a revocation
 * were checked when they arrived and stay valid. Imported keys are kept (they never change for an
 * id), so a batch verifies without re-importing.
 *
 * The same ECDSA P-256 / SHA-256 check as domain/signature.ts's verifyText (which the phone and the
 * tests use), made with node:crypto's synchronous verify: 0.075 ms a record instead of 0.13 ms
 * through crypto.subtle's promise, which a 50-record push pays 50 times. The tests sign with
 * WebCrypto and verify here.
 */
const imported = new Map<string, KeyObject>();
const MAX_CACHED = 5_000;

function verifyKey(device: DeviceKey): KeyObject {
	const cacheKey = `${device.id}:${device.publicKey}`;
	let key = imported.get(cacheKey);
	if (!key) {
		if (imported.size >= MAX_CACHED) imported.clear();
		key = createPublicKey({ key: { ...PublicKeyJwkSchema.parse(JSON.parse(device.publicKey)) }, format: 'jwk' });
		imported.set(cacheKey, key);
	}
	return key;
}

/** Whether `signature` (r‖s, base64url) is the device key's signature of exactly `text`. Never throws for a bad signature. */
export function verifyWithDevice(device: DeviceKey, text: string, signature: string): boolean {
	if (!SignatureSchema.safeParse(signature).success) return false;
	return verify('sha256', Buffer.from(text, 'utf8'), { key: verifyKey(device), dsaEncoding: 'ieee-p1363' }, fromBase64Url(signature));
}

export type SignatureCheck = { ok: true; device: DeviceKey } | { ok: false; message: string; revoked?: true };

export function checkSignature(
	devices: Map<string, DeviceKey | null>,
	record: { inspectorId: string; deviceId: string; text: string; signature: string }
): SignatureCheck {
	const device = devices.get(record.deviceId) ?? null;
	if (!device || device.userId !== record.inspectorId) {
		return { ok: false, message: 'Biên bản được ký bằng khoá của một thiết bị chưa đăng ký cho tài khoản người kiểm tra này.' };
	}
	if (device.revokedAt !== null) {
		return { ok: false, revoked: true, message: 'Khoá ký của thiết bị này đã bị thu hồi: biên bản ký bằng khoá này không được nhận nữa.' };
	}
	if (!verifyWithDevice(device, record.text, record.signature)) {
		return { ok: false, message: 'Chữ ký số không khớp với nội dung biên bản (biên bản đã bị sửa sau khi ký, hoặc ký bằng khoá khác).' };
	}
	return { ok: true, device };
}

/**
 * Whether a stored record's signature is its device's, whatever has happened to the key since (a
 * revocation does not undo what was signed before it): for readers and for `npm run verify`.
 */
export function checkSignatureAsOf(device: DeviceKey, record: { inspectorId: string; text: string; signature: string }): boolean {
	return device.userId === record.inspectorId && verifyWithDevice(device, record.text, record.signature);
}

/** The devices a batch names, read once each. */
export async function devicesNamed(store: Store, ids: Iterable<string>): Promise<Map<string, DeviceKey | null>> {
	const devices = new Map<string, DeviceKey | null>();
	for (const id of ids) if (!devices.has(id)) devices.set(id, await store.getDevice(id));
	return devices;
}
