import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';
import { IsoDateTimeSchema } from './dates';
import { PhotoMetaSchema } from './evidence';
import { InspectionSchema } from './inspection';
import { LedgerHeadSchema } from './ledgerHead';
import { ColleagueSchema } from './team';
import { AssignmentListSchema } from './assignment';
import { RecommendationSchema } from './recommendation';
import { ThemeRecordSchema } from './theme';

/**
 * The sync protocol's wire format, shared by the phone and the server (which re-parses everything).
 *
 * push   POST /api/sync/push      many signed records in one request (one round trip for N): push.ts
 * photos POST /api/photos/missing which of these hashes the server lacks; PUT /api/photos/{sha256}: push.ts
 * pull   GET  /api/sync/pull?cursor=…&follow=…&held=…  what changed for this user since the cursor: here
 *        (follow and held: the agencies whose recommendations the phone keeps, pullFollow.ts)
 *
 * The push side is its own module: every page pulls at start-up, only a run with something to
 * send pushes, and a module is loaded whole.
 *
 * Exactly once: an inspection is identified by (id, revision). The same content again is accepted
 * as a duplicate (success); different content under the same id and revision is a conflict.
 */

export { LedgerHeadSchema, type LedgerHeadView } from './ledgerHead';

export const ReviewDecisionSchema = z.object({
	inspectionId: z.string(),
	revision: z.int(),
	action: z.enum(['approved', 'returned']),
	comment: z.string(),
	itemComments: z.record(z.string(), z.string()),
	by: z.string(),
	at: IsoDateTimeSchema
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/**
 * A returned inspection as the server holds it (status 'returned', the revision the decision is
 * about), so a device that no longer has its own copy can still reopen it for correction.
 */
export const ReturnedInspectionSchema = z.object({
	inspection: InspectionSchema,
	photos: z.array(PhotoMetaSchema)
});
export type ReturnedInspection = z.infer<typeof ReturnedInspectionSchema>;

/**
 * One agency's open recommendations, whole: the phone replaces its rows of that agency with these
 * (none: all were fixed) and keeps `version` to send back as held (see pullFollow.ts).
 */
export const AgencyRecommendationsSchema = z.object({
	agencyId: z.string(),
	version: z.string(),
	open: z.array(RecommendationSchema)
});
export type AgencyRecommendations = z.infer<typeof AgencyRecommendationsSchema>;

/** What changed in the recommendations the phone keeps, agency by agency (absent: nothing). */
export const RecommendationUpdatesSchema = z.object({
	/** Agencies followed whose set differs from the version the phone holds (or that it does not hold). */
	agencies: z.array(AgencyRecommendationsSchema),
	/** Agencies the phone holds but no longer follows: it drops their rows. */
	dropped: z.optional(z.array(z.string()))
});
export type RecommendationUpdates = z.infer<typeof RecommendationUpdatesSchema>;

/**
 * templates and agencies: the whole current catalog when it changed since the cursor (or on a first
 * pull, without cursor); both empty when the device's copy is current. decisions: approvals and
 * returns of the user's inspections since the cursor, oldest first. Keep the returned cursor only
 * once everything in the response is stored on the device; while `more` is true, pull again at once.
 */
export const PullResponseSchema = z.object({
	cursor: z.string(),
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema),
	/**
	 * Instead of the whole catalog (templates and agencies then empty), for phones that ask with
	 * catalog=delta and hold a catalog the server remembers with today's templates: only the agencies
	 * added or changed since (server/sync/catalogHistory.ts). Absent otherwise.
	 */
	agencyChanges: z.optional(z.array(AgencySchema)),
	/**
	 * With the catalog (absent when it did not change, or from older servers): the templates retired
	 * by an administrator, which the phone offers for no new inspection; its inspections stay.
	 */
	retiredTemplates: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000))),
	/**
	 * With the catalog: every theme with its name, the nine seeded and any an administrator added
	 * (absent: older servers). Inspector pages name themes from it. A theme is never removed or renamed.
	 */
	themes: z.optional(z.array(ThemeRecordSchema).check(z.maxLength(1000))),
	decisions: z.array(ReviewDecisionSchema),
	/** The content of every inspection returned in `decisions` (absent: none). */
	returned: z.optional(z.array(ReturnedInspectionSchema)),
	/** More changes wait beyond this page (absent: false). */
	more: z.optional(z.boolean()),
	/**
	 * Every open recommendation of the province (inspectors; absent: none). Only for app versions that
	 * send no `held` (before per-agency pulls): they replace their whole copy with it.
	 */
	recommendations: z.optional(z.array(RecommendationSchema)),
	/** Per-agency changes to the recommendations the phone keeps (phones that send `held`). */
	recommendationUpdates: z.optional(RecommendationUpdatesSchema),
	/** The server's ledger head now: printed on biên bản made on the phone (absent: older servers). */
	ledgerHead: z.optional(z.nullable(LedgerHeadSchema)),
	/** Accounts a team can name, when they changed since the version the device sent (absent: unchanged or older servers). */
	colleagues: z.optional(z.object({ version: z.string().check(z.maxLength(64)), colleagues: z.array(ColleagueSchema).check(z.maxLength(10_000)) })),
	/** The user's assigned visits, when they changed since the version the device sent (absent: unchanged or older servers). */
	assignments: z.optional(AssignmentListSchema)
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
