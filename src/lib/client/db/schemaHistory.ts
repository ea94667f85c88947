/**
 * Every version of the device database, oldest first. A version is never edited once released:
 * a change is a new numbered version with an upgrade step, so a phone that skipped several
 * releases still opens its drafts. Tests open a database written by each earlier version.
 */
export const DATABASE_NAME = 'vhcv-inspector';

/** v1: first release. Inspections had no revision number and no team list. */
export const SCHEMA_V1 = {
	inspections: 'id, status, agencyId, updatedAt',
	templates: '[id+version], id',
	agencies: 'id, parentId',
	settings: 'key'
} as const;

/**
 * v2: inspections carry `revision` (for returned-and-resubmitted work) and `team`; agencies used
 * recently are kept in their own table so "recent first" does not scan every inspection.
 */
export const SCHEMA_V2 = {
	inspections: 'id, status, agencyId, updatedAt, [status+updatedAt]',
	recentAgencies: 'agencyId, usedAt'
} as const;

/**
 * v3: evidence. Photo metadata, photo bytes and thumbnails in tables of their own (bytes as
 * ArrayBuffer + MIME: WebKit has broken Blobs in IndexedDB more than once), so the bytes of a photo
 * the server has confirmed can be removed to free space while its thumbnail and record stay.
 * `confirmedAt` is indexed so only confirmed photos are ever visited when freeing space (rows
 * without it are not in that index). `revisions` keeps the manifest of every finalized revision,
 * added once and never overwritten. No upgrade step: the tables are new and start empty.
 */
export const SCHEMA_V3 = {
	photos: 'id, inspectionId, [inspectionId+itemId], sha256, confirmedAt',
	photoBlobs: 'photoId',
	photoThumbs: 'photoId',
	revisions: '[inspectionId+revision], inspectionId'
} as const;

/**
 * v4: sync. `syncStates` records, per inspection, how its latest sending attempt went (a conflict or
 * a refusal stays on the device, shown to the inspector); `reviews` keeps the supervisors' decisions
 * pulled from the server (comments on returned inspections are read offline); `recommendations`
 * keeps the open recommendations (kiến nghị) the next visit to an agency must check. No upgrade step.
 */
export const SCHEMA_V4 = {
	syncStates: 'inspectionId, state',
	reviews: '[inspectionId+revision], inspectionId',
	recommendations: 'id, agencyId'
} as const;

/**
 * v5: signing. `deviceKeys` keeps, per account that signed in on this device, the key pair that signs
 * its records (the private key as a non-extractable CryptoKey, which IndexedDB stores as it is) and
 * whether the server has registered its public half. Revision records gain `signature` (no index).
 * No upgrade step: revisions sealed before are signed when they are next sent (outbox.ts).
 */
export const SCHEMA_V5 = {
	deviceKeys: 'userId'
} as const;

/**
 * v6: plans. `assignments` keeps, per signed-in account, the planned visits whose team names it
 * (Việc được giao), as last pulled, so they are listed and started offline; by window start for the
 * home page. No upgrade step: the table is new and fills at the next pull.
 */
export const SCHEMA_V6 = {
	assignments: '[userId+id], userId, windowFrom'
} as const;

export const CURRENT_VERSION = 6;
