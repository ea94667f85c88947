import type { Agency, AgencyVersion, AgencyKind } from '$lib/domain/agency';
import type {
	PhotoInfo,
	PhotoMime,
	ReviewAction,
	ReviewEvent,
	Role,
	Session,
	SubmissionStatus,
	SubmissionSummary,
	User
} from './records';

/**
 * Rows as both databases return them, mapped to records in one place. SQLite gives ISO text and
 * numbers; PostgreSQL gives Date for timestamptz and strings for bigint, hence the loose types.
 */
export type Time = string | Date;
type Int = number | string;

export const iso = (value: Time): string => (typeof value === 'string' ? value : value.toISOString());
export const int = (value: Int): number => (typeof value === 'number' ? value : Number(value));

export interface UserRow {
	id: string;
	username: string;
	display_name: string;
	role: string;
	jurisdiction_id: string | null;
	disabled: number | boolean;
	created_at: Time;
	updated_at: Time;
}

export function userFromRow(row: UserRow): User {
	return {
		id: row.id,
		username: row.username,
		displayName: row.display_name,
		role: row.role as Role,
		jurisdictionId: row.jurisdiction_id,
		disabled: Boolean(row.disabled),
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at)
	};
}

export interface SessionRow {
	token_hash: string;
	user_id: string;
	created_at: Time;
	last_seen_at: Time;
	expires_at: Time;
}

export function sessionFromRow(row: SessionRow): Session {
	return {
		tokenHash: row.token_hash,
		userId: row.user_id,
		createdAt: iso(row.created_at),
		lastSeenAt: iso(row.last_seen_at),
		expiresAt: iso(row.expires_at)
	};
}

/**
 * A session with its account, in one read (written with `?`): every signed-in request needs both,
 * and on PostgreSQL two reads were two round trips before each request's own work.
 */
export const SESSION_WITH_USER_SQL = `SELECT s.token_hash, s.user_id, s.created_at AS session_created_at, s.last_seen_at, s.expires_at,
		u.id, u.username, u.display_name, u.role, u.jurisdiction_id, u.disabled, u.created_at, u.updated_at
	FROM sessions AS s JOIN users AS u ON u.id = s.user_id WHERE s.token_hash = ?`;

export type SessionWithUserRow = Omit<SessionRow, 'created_at'> & UserRow & { session_created_at: Time };

export function sessionWithUserFromRow(row: SessionWithUserRow): { session: Session; user: User } {
	return { session: sessionFromRow({ ...row, created_at: row.session_created_at }), user: userFromRow(row) };
}

export interface AgencyRow {
	id: string;
	parent_id: string | null;
	name: string;
	kind: string;
	address: string;
	lat: number | null;
	lng: number | null;
	closed_at: string | Date | null;
	successor_id: string | null;
	/** JSON array of AgencyVersion, oldest first; NULL when the agency was never reorganised. */
	formerly: string | null;
}

export function agencyFromRow(row: AgencyRow): Agency {
	return {
		id: row.id,
		parentId: row.parent_id,
		name: row.name,
		kind: row.kind as AgencyKind,
		address: row.address,
		location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
		// Only when closed: an open agency's canonical form (and the catalog's fingerprint) is as before.
		...(row.closed_at === null ? {} : { closedAt: iso(row.closed_at) }),
		// Likewise only when reorganised, so an agency never reorganised reads exactly as before.
		...(row.successor_id === null ? {} : { successorId: row.successor_id }),
		...(row.formerly === null ? {} : { formerly: JSON.parse(row.formerly) as AgencyVersion[] })
	};
}

export interface SubmissionRow {
	inspection_id: string;
	revision: Int;
	inspector_id: string;
	agency_id: string;
	template_id: string;
	template_version: Int;
	status: string;
	content_hash: string;
	device_time: string;
	received_at: Time;
	change_seq: Int;
}

export function summaryFromRow(row: SubmissionRow): SubmissionSummary {
	return {
		inspectionId: row.inspection_id,
		revision: int(row.revision),
		inspectorId: row.inspector_id,
		agencyId: row.agency_id,
		templateId: row.template_id,
		templateVersion: int(row.template_version),
		status: row.status as SubmissionStatus,
		contentHash: row.content_hash,
		deviceTime: row.device_time,
		receivedAt: iso(row.received_at),
		changeSeq: int(row.change_seq)
	};
}

/** The columns of a SubmissionRow, for SELECT lists (content is read only where asked for). */
export const SUMMARY_COLUMNS =
	'inspection_id, revision, inspector_id, agency_id, template_id, template_version, status, content_hash, device_time, received_at, change_seq';

export interface EventRow {
	id: Int;
	inspection_id: string;
	revision: Int;
	actor_id: string;
	action: string;
	comment: string;
	item_comments: string;
	at: Time;
}

export function eventFromRow(row: EventRow): ReviewEvent {
	return {
		id: int(row.id),
		inspectionId: row.inspection_id,
		revision: int(row.revision),
		actorId: row.actor_id,
		action: row.action as ReviewAction,
		comment: row.comment,
		itemComments: JSON.parse(row.item_comments) as Record<string, string>,
		at: iso(row.at)
	};
}

export interface PhotoRow {
	hash: string;
	mime: string;
	size: Int;
	created_at: Time;
}

export function photoInfoFromRow(row: PhotoRow): PhotoInfo {
	return { hash: row.hash, mime: row.mime as PhotoMime, size: int(row.size), createdAt: iso(row.created_at) };
}
