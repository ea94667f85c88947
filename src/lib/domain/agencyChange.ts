import { z } from 'zod/mini';
import { AgencySchema, type Agency } from './agency';

/**
 * Where an administrator's change came from: the agency form, a spreadsheet import, or a
 * reorganisation (merge, split, rename: agencyReorganisation.ts) with its effective date.
 */
export const AGENCY_CHANGE_SOURCES = ['form', 'import', 'merge', 'split', 'rename'] as const;
export type AgencyChangeSource = (typeof AGENCY_CHANGE_SOURCES)[number];

/** One recorded change of one agency: who, when, and the whole agency before (null: added) and after. */
export const AgencyChangeSchema = z.object({
	id: z.number(),
	agencyId: z.string(),
	actorId: z.string(),
	source: z.enum(AGENCY_CHANGE_SOURCES),
	at: z.string(),
	before: z.nullable(AgencySchema),
	after: AgencySchema,
	/** A reorganisation's effective date (YYYY-MM-DD, Vietnam time); absent for form and import edits. */
	effectiveOn: z.optional(z.string())
});
export type AgencyChange = z.infer<typeof AgencyChangeSchema>;

/** What a change did, for the trail and the import preview. */
export type AgencyChangeKind = 'added' | 'renamed' | 'moved' | 'changed' | 'closed' | 'reopened';

export function changeKinds(before: Agency | null, after: Agency): AgencyChangeKind[] {
	if (before === null) return ['added'];
	const kinds: AgencyChangeKind[] = [];
	if (before.closedAt === undefined && after.closedAt !== undefined) kinds.push('closed');
	if (before.closedAt !== undefined && after.closedAt === undefined) kinds.push('reopened');
	if (before.name !== after.name) kinds.push('renamed');
	if (before.parentId !== after.parentId) kinds.push('moved');
	const place = (a: Agency) => `${a.kind}|${a.address}|${a.location?.lat ?? ''}|${a.location?.lng ?? ''}`;
	if (place(before) !== place(after)) kinds.push('changed');
	return kinds;
}
