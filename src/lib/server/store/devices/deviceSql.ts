import { iso } from '../rows';
import type { DeviceKey } from './deviceRecords';

/** The statements both stores run (the same text; PostgreSQL numbers the placeholders). */
export const DEVICE_COLUMNS = 'id, user_id, public_key, label, first_seen_at, last_seen_at, revoked_at, revoked_by';
export const DEVICE_BY_ID_SQL = `SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`;
export const DEVICES_OF_USER_SQL = `SELECT ${DEVICE_COLUMNS} FROM devices WHERE user_id = ? ORDER BY first_seen_at, id`;
export const ALL_DEVICES_SQL = `SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY user_id, first_seen_at, id`;
export const INSERT_DEVICE_SQL = `INSERT INTO devices (${DEVICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)`;
export const TOUCH_DEVICE_SQL = 'UPDATE devices SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?';
export const REVOKE_DEVICE_SQL = 'UPDATE devices SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL';

export interface DeviceRow {
	id: string;
	user_id: string;
	public_key: string;
	label: string;
	first_seen_at: string | Date;
	last_seen_at: string | Date;
	revoked_at: string | Date | null;
	revoked_by: string | null;
}

export function deviceFromRow(row: DeviceRow): DeviceKey {
	return {
		id: row.id,
		userId: row.user_id,
		publicKey: row.public_key,
		label: row.label,
		firstSeenAt: iso(row.first_seen_at),
		lastSeenAt: iso(row.last_seen_at),
		revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
		revokedBy: row.revoked_by
	};
}
