import { canonicalJson } from '$lib/domain/canonicalJson';
import { MAX_ACTIVE_DEVICES, type DeviceView, type RegisterDeviceRequest } from '$lib/domain/device';
import { ApiError } from '../http/apiError';
import type { DeviceKey } from '../store/devices/deviceRecords';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/**
 * Registers the caller's device key (idempotent: the same key again is answered as it was). A key id
 * taken by another account or another key is refused, as is a key beyond MAX_ACTIVE_DEVICES
 * unrevoked ones: an admin revokes old phones first.
 */
export async function registerDevice(store: Store, user: User, request: RegisterDeviceRequest, now: Date): Promise<{ created: boolean; device: DeviceView }> {
	const publicKey = canonicalJson(request.publicKey);
	const existing = await store.getDevice(request.id);
	if (!existing) {
		const active = (await store.listDevices(user.id)).filter((d) => d.revokedAt === null);
		if (active.length >= MAX_ACTIVE_DEVICES) {
			throw new ApiError(409, 'too-many-devices', `Tài khoản đã có ${active.length} thiết bị đang dùng khoá ký. Hãy nhờ quản trị viên thu hồi thiết bị cũ.`);
		}
	}
	const result = await store.registerDevice({ id: request.id, userId: user.id, publicKey, label: request.label.trim() || 'Thiết bị' }, now);
	if (result.outcome === 'conflict' || !result.device) {
		throw new ApiError(409, 'device-conflict', 'Mã thiết bị này đã được đăng ký với khoá khác hoặc tài khoản khác.');
	}
	return { created: result.outcome === 'created', device: deviceView(result.device) };
}

export function deviceView(device: DeviceKey): DeviceView {
	return {
		id: device.id,
		userId: device.userId,
		label: device.label,
		firstSeenAt: device.firstSeenAt,
		lastSeenAt: device.lastSeenAt,
		revokedAt: device.revokedAt,
		revokedBy: device.revokedBy
	};
}
