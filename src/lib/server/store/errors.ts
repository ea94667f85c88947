/**
 * Typed failures of the store, so endpoints map them to statuses (409, 400, 404) without parsing
 * messages. Anything else thrown by a store is an internal error.
 */
export class StoreError extends Error {
	constructor(
		message: string,
		readonly code: string
	) {
		super(message);
		this.name = new.target.name;
	}
}

export class UsernameTakenError extends StoreError {
	constructor(readonly username: string) {
		super(`The username "${username}" is already taken (usernames ignore case)`, 'username-taken');
	}
}

export class NotFoundError extends StoreError {
	constructor(what: string, id: string) {
		super(`${what} ${id} does not exist`, 'not-found');
	}
}

/** A published template version never changes: the same id and version with other content is refused. */
export class TemplateConflictError extends StoreError {
	constructor(
		readonly templateId: string,
		readonly version: number
	) {
		super(`Template ${templateId}@${version} is already published with different content`, 'template-conflict');
	}
}

/** The bytes uploaded are not the ones the hash names: a damaged or truncated upload. */
export class PhotoHashMismatchError extends StoreError {
	constructor(
		readonly expected: string,
		readonly actual: string
	) {
		super(`Photo bytes hash to ${actual}, not ${expected}`, 'photo-hash-mismatch');
	}
}

/** Not a JPEG or PNG the server can read (HEIC from an iPhone, say), or a MIME type that lies. */
export class UnsupportedPhotoError extends StoreError {
	constructor(reason: string) {
		super(reason, 'photo-unsupported');
	}
}

/** Bytes of the right type by their first bytes that no reader could open (damaged, cut off, or not an image at all). */
export class UnreadablePhotoError extends UnsupportedPhotoError {
	constructor(reason: string) {
		super(`The photo cannot be read: ${reason}`);
	}
}

/** A picture larger than any the app sends (it resizes to 1600 px): refused before anything decodes it. */
export class OversizedPhotoError extends UnsupportedPhotoError {
	constructor(
		readonly width: number,
		readonly height: number,
		readonly maxSide: number
	) {
		super(`The photo is ${width}×${height} pixels, more than ${maxSide} on a side`);
	}
}

/** A record that cannot be stored as given (bad field, unknown user, agency or template). */
export class InvalidRecordError extends StoreError {
	constructor(
		message: string,
		/** Position in the batch, when the record came in one. */
		readonly index?: number
	) {
		super(message, 'invalid-record');
	}
}

/** A decision (approve, return) on a revision already decided, or no longer the latest: nothing is written. */
export class DecisionConflictError extends StoreError {
	constructor(
		readonly inspectionId: string,
		readonly revision: number,
		/** The revision's status when the decision arrived. */
		readonly status: string
	) {
		super(`Inspection ${inspectionId} revision ${revision} cannot be decided now (it is ${status})`, 'decision-conflict');
	}
}

/** An agency changed since the administrator read it (another administrator, another tab): nothing is written. */
export class AgencyConflictError extends StoreError {
	constructor(readonly agencyId: string) {
		super(`Agency ${agencyId} was changed by someone else since it was read`, 'agency-conflict');
	}
}

/**
 * A template draft is not as the administrator last read it (saved by someone else, published or
 * discarded meanwhile), or a draft is started where one exists: nothing is written.
 */
export class TemplateDraftConflictError extends StoreError {
	constructor(
		readonly templateId: string,
		reason: string
	) {
		super(`Template ${templateId}: ${reason}`, 'draft-conflict');
	}
}

/** A plan changed since the supervisor read it (another supervisor, another tab), or its id is taken: nothing is written. */
export class PlanConflictError extends StoreError {
	constructor(readonly planId: string) {
		super(`Plan ${planId} was changed by someone else since it was read`, 'plan-conflict');
	}
}

/** An edit would remove a visit that an inspection was made for: nothing is written. */
export class VisitHasInspectionError extends StoreError {
	constructor(readonly visitId: string) {
		super(`Visit ${visitId} has an inspection and cannot be removed from the plan`, 'visit-has-inspection');
	}
}

/** An edit would remove a visit whose decision or notice was issued: nothing is written. */
export class VisitHasDocumentError extends StoreError {
	constructor(readonly visitId: string) {
		super(`Visit ${visitId} has an issued document and cannot be removed from the plan`, 'visit-has-document');
	}
}

/** A visit's decision or notice is replaced at most once: the next correction names the replacement. */
export class VisitDocumentReplacedError extends StoreError {
	constructor(
		readonly documentId: string,
		readonly replacedBy: string
	) {
		super(`Visit document ${documentId} was already replaced by ${replacedBy}`, 'visit-document-replaced');
	}
}

/** A conclusion is replaced at most once: the correction of a correction names the latest one. */
export class ConclusionReplacedError extends StoreError {
	constructor(
		readonly conclusionId: string,
		readonly replacedBy: string
	) {
		super(`Conclusion ${conclusionId} was already replaced by ${replacedBy}`, 'conclusion-replaced');
	}
}
