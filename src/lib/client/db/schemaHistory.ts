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

export const CURRENT_VERSION = 2;
