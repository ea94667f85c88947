import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import type { DeviceKey, NewDeviceKey } from '../devices/deviceRecords';
import {
	ALL_DEVICES_SQL,
	DEVICE_BY_ID_SQL,
	DEVICES_OF_USER_SQL,
	deviceFromRow,
	INSERT_DEVICE_SQL,
	REVOKE_DEVICE_SQL,
	TOUCH_DEVICE_SQL,
	type DeviceRow
} from '../devices/deviceSql';
import { NotFoundError } from '../errors';
import { deviceBody } from '../ledger/ledgerEntries';
import { isForeignKeyViolation } from './constraintErrors';
import { InvalidRecordError } from '../errors';
import { sqliteLedgerAppend } from './ledger';

/** @param bookkeeping the connection for the last-seen time (bookkeepingConnection.ts) */
export function sqliteDevices(db: Database, bookkeeping: Database = db): Pick<Store, 'registerDevice' | 'getDevice' | 'listDevices' | 'touchDevice' | 'revokeDevice'> {
	const append = sqliteLedgerAppend(db);
	const byId = db.prepare(DEVICE_BY_ID_SQL);
	const ofUser = db.prepare(DEVICES_OF_USER_SQL);
	const all = db.prepare(ALL_DEVICES_SQL);
	const insert = db.prepare(INSERT_DEVICE_SQL);
	const touch = bookkeeping.prepare(TOUCH_DEVICE_SQL);
	const revoke = db.prepare(REVOKE_DEVICE_SQL);
	const get = (id: string): DeviceKey | null => {
		const row = byId.get(id) as DeviceRow | undefined;
		return row ? deviceFromRow(row) : null;
	};

	const register = db.transaction((device: NewDeviceKey, at: string) => {
		const existing = get(device.id);
		if (existing) {
			const same = existing.userId === device.userId && existing.publicKey === device.publicKey;
			return { outcome: same ? ('exists' as const) : ('conflict' as const), device: same ? existing : null };
		}
		insert.run(device.id, device.userId, device.publicKey, device.label, at, at);
		append([deviceBody(device, 'registered', device.userId)], at);
		return { outcome: 'created' as const, device: get(device.id) };
	});
	const revokeOne = db.transaction((id: string, by: string, at: string) => {
		const device = get(id);
		if (!device) throw new NotFoundError('Device', id);
		if (revoke.run(at, by, id).changes > 0) append([deviceBody(device, 'revoked', by)], at);
		return get(id) as DeviceKey;
	});

	return {
		async registerDevice(device, now) {
			try {
				return register.immediate(device, now.toISOString());
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown account ${device.userId}`);
				throw error;
			}
		},
		async getDevice(id) {
			return get(id);
		},
		async listDevices(userId) {
			return ((userId === null ? all.all() : ofUser.all(userId)) as DeviceRow[]).map(deviceFromRow);
		},
		async touchDevice(id, now) {
			const at = now.toISOString();
			touch.run(at, id, at);
		},
		async revokeDevice(id, by, now) {
			try {
				return revokeOne.immediate(id, by, now.toISOString());
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown account ${by}`);
				throw error;
			}
		}
	};
}
