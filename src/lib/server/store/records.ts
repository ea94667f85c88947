import type { AnyManifest } from '$lib/domain/manifest';

/**
 * What the store keeps, as the rest of the server sees it. Times are ISO 8601 strings in UTC
 * (Date.toISOString) except a device's own clock reading, kept exactly as the device sent it.
 */

export const ROLES = ['inspector', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An account. The password hash is never part of it: it is read only by the login check. */
export interface User {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	/** The agency whose subtree a supervisor oversees; null when the role needs none. */
	jurisdictionId: string | null;
	disabled: boolean;
	createdAt: string;
	updatedAt: string;
}

export interface NewUser {
	username: string;
	displayName: string;
	role: Role;
	jurisdictionId: string | null;
	passwordHash: string;
}

export interface UserChanges {
	displayName?: string;
	role?: Role;
	jurisdictionId?: string | null;
	disabled?: boolean;
	passwordHash?: string;
}

/** A signed-in device. Only the SHA-256 of the cookie's token is stored, so a leaked database opens no session. */
export interface Session {
	tokenHash: string;
	userId: string;
	createdAt: string;
	lastSeenAt: string;
	expiresAt: string;
}

export interface RateLimitResult {
	allowed: boolean;
	/** Attempts counted in the current window, this one included. */
	hits: number;
	/** How long until the window resets; 0 when allowed. */
	retryAfterMs: number;
}

/** A submitted revision on the server: received, then returned for correction or approved by a supervisor. */
export const SUBMISSION_STATUSES = ['sent', 'returned', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** One inspection revision as a device sends it. The server sets status and receipt time itself. */
export interface SubmissionInput {
	inspectionId: string;
	revision: number;
	inspectorId: string;
	agencyId: string;
	templateId: string;
	templateVersion: number;
	/** The device's clock when it finalized, verbatim (evidence, not trusted for ordering). */
	deviceTime: string;
	/** The inspection as submitted; any JSON value. Stored as canonical JSON. */
	content: unknown;
	/**
	 * The hash that identifies the content (duplicate versus conflict) when it is not the SHA-256 of
	 * the content's canonical JSON: a signed record's is its manifest text's, the fingerprint the phone showed.
	 */
	contentHash?: string;
	/** SHA-256 of every photo the inspection refers to; all must already be on the server. */
	photoHashes: readonly string[];
	/**
	 * The manifest inside `content`, already parsed, when the caller holds it (the push endpoint built
	 * the sealed text from it): the derived rows are computed from it instead of parsing the text again.
	 * It must be exactly what `content.manifest` parses to.
	 */
	manifest?: AnyManifest;
}

export interface SubmissionKey {
	inspectionId: string;
	revision: number;
}

export interface SubmissionSummary extends SubmissionKey {
	inspectorId: string;
	agencyId: string;
	templateId: string;
	templateVersion: number;
	status: SubmissionStatus;
	/** SHA-256 of canonicalJson(content). */
	contentHash: string;
	deviceTime: string;
	receivedAt: string;
	/** Position in the global change order; grows whenever the row is created or its status changes. */
	changeSeq: number;
}

export interface Submission extends SubmissionSummary {
	content: unknown;
	photoHashes: string[];
}

/**
 * Per item of a batch. created and duplicate are both success for the device (exactly once);
 * conflict and missing-photos leave the item on the device.
 */
export type PutSubmissionResult =
	| (SubmissionKey & { outcome: 'created' | 'duplicate'; contentHash: string; changeSeq: number })
	| (SubmissionKey & {
			outcome: 'conflict';
			/** different-content: same id and revision, other content; other-inspector: the inspection belongs to someone else. */
			reason: 'different-content' | 'other-inspector';
			contentHash: string;
	  })
	| (SubmissionKey & { outcome: 'missing-photos'; missing: string[] });

export interface PageRequest {
	limit: number;
	/** Continue below this change sequence (from the previous page's next). */
	before?: number;
}

export interface Page<T> {
	items: T[];
	/** Pass as `before` for the next page; null on the last page. */
	next: number | null;
}

/** Which submissions a reader may see in a change feed. */
export type SubmissionScope = { inspectorId: string } | { agencyIds: readonly string[] } | { all: true };

export interface Changes {
	items: SubmissionSummary[];
	/** The highest change sequence returned, or the given cursor when nothing changed. */
	cursor: number;
}

/** What a photo may be stored as: the phones send JPEG, or WebP where the browser's canvas writes it. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIME_TYPES)[number];

export interface PhotoInfo {
	hash: string;
	mime: PhotoMime;
	size: number;
	createdAt: string;
}

export interface Photo extends PhotoInfo {
	bytes: Uint8Array;
}

/** A submission that refers to a photo: who may see the photo follows from these. */
export interface PhotoReference extends SubmissionKey {
	inspectorId: string;
	agencyId: string;
}

/** What a review event records. New actions need no migration (stored as text). */
export const REVIEW_ACTIONS = ['submitted', 'resubmitted', 'returned', 'approved', 'commented', 'imported'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ReviewEventInput extends SubmissionKey {
	actorId: string;
	action: ReviewAction;
	comment: string;
	/** Comments on particular checklist items, by item id. */
	itemComments: Readonly<Record<string, string>>;
}

export interface ReviewEvent extends ReviewEventInput {
	/** Increasing in the order events were appended. */
	id: number;
	itemComments: Record<string, string>;
	at: string;
}
