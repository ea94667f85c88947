import type { Pool } from 'pg';
import type { Store } from '../Store';
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
import { InvalidRecordError, NotFoundError } from '../errors';
import { deviceBody } from '../ledger/ledgerEntries';
import { postgresAppendLedger } from './ledger';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation, LEDGER_LOCK_SQL } from './pool';

const BY_ID = numbered(DEVICE_BY_ID_SQL);

export function postgresDevices(pool: Pool): Pick<Store, 'registerDevice' | 'getDevice' | 'listDevices' | 'touchDevice' | 'revokeDevice'> {
	const foreignKey = (what: string) => (error: unknown) => {
		throw isForeignKeyViolation(error) ? new InvalidRecordError(`Unknown account ${what}`) : error;
	};
	return {
		registerDevice(device, now) {
			const at = now.toISOString();
			return inTransaction(pool, async (client) => {
				// The ledger lock first: two registrations of one id take turns, and the second sees the first.
				await client.query(LEDGER_LOCK_SQL);
				const found = (await client.query<DeviceRow>(BY_ID, [device.id])).rows[0];
				if (found) {
					const existing = deviceFromRow(found);
					const same = existing.userId === device.userId && existing.publicKey === device.publicKey;
					return { outcome: same ? ('exists' as const) : ('conflict' as const), device: same ? existing : null };
				}
				await client.query(numbered(INSERT_DEVICE_SQL), [device.id, device.userId, device.publicKey, device.label, at, at]);
				await postgresAppendLedger(client, [deviceBody(device, 'registered', device.userId)], at);
				return { outcome: 'created' as const, device: deviceFromRow((await client.query<DeviceRow>(BY_ID, [device.id])).rows[0] as DeviceRow) };
			}).catch(foreignKey(device.userId));
		},
		async getDevice(id) {
			const row = (await pool.query<DeviceRow>(BY_ID, [id])).rows[0];
			return row ? deviceFromRow(row) : null;
		},
		async listDevices(userId) {
			const { rows } = userId === null ? await pool.query<DeviceRow>(ALL_DEVICES_SQL) : await pool.query<DeviceRow>(numbered(DEVICES_OF_USER_SQL), [userId]);
			return rows.map(deviceFromRow);
		},
		async touchDevice(id, now) {
			await pool.query(numbered(TOUCH_DEVICE_SQL), [now, id, now]);
		},
		revokeDevice(id, by, now) {
			const at = now.toISOString();
			return inTransaction(pool, async (client) => {
				await client.query(LEDGER_LOCK_SQL);
				const found = (await client.query<DeviceRow>(BY_ID, [id])).rows[0];
				if (!found) throw new NotFoundError('Device', id);
				const { rowCount } = await client.query(numbered(REVOKE_DEVICE_SQL), [at, by, id]);
				if ((rowCount ?? 0) > 0) await postgresAppendLedger(client, [deviceBody(deviceFromRow(found), 'revoked', by)], at);
				return deviceFromRow((await client.query<DeviceRow>(BY_ID, [id])).rows[0] as DeviceRow);
			}).catch(foreignKey(by));
		}
	};
}
