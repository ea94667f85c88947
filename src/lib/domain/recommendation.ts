import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { MAX_NOTE_LENGTH } from './inspection';

/**
 * A recommendation (kiến nghị): one violation of an approved inspection that the agency must fix by a
 * deadline. Stored status is open or fixed; "overdue" is computed (open past its deadline), so it never
 * goes stale and needs no job to flip it.
 */
export const RECOMMENDATION_STATUSES = ['open', 'fixed'] as const;
export const RecommendationStatusSchema = z.enum(RECOMMENDATION_STATUSES);
export type RecommendationStatus = z.infer<typeof RecommendationStatusSchema>;

/** What the list filter accepts: the stored statuses plus the computed one. */
export const RecommendationFilterStatusSchema = z.enum(['open', 'fixed', 'overdue']);
export type RecommendationFilterStatus = z.infer<typeof RecommendationFilterStatusSchema>;

export const DEFAULT_RECOMMENDATION_DAYS = 30;

/** One entry of a recommendation's own trail; nothing in it is ever changed or removed. */
export const RecommendationHistoryEntrySchema = z.object({
	at: IsoDateTimeSchema,
	/** Who: the person's name (entries written before 2026-11-27 by a supervisor or inspector hold their account id). */
	by: z.string(),
	/**
	 * created on approval; status when someone marks it fixed or reopens it; follow-up when an
	 * inspector reports on site; deadline when a supervisor sets a new deadline. Devices get only the
	 * first three (see pullChanges.ts): app versions before "deadline" existed parse this strictly.
	 * agency when a reorganisation moved it from a merged or split agency to its successor (the note
	 * names both).
	 */
	action: z.enum(['created', 'status', 'follow-up', 'deadline', 'agency']),
	status: RecommendationStatusSchema,
	note: z.string(),
	/** The inspection in which the follow-up was recorded (follow-up only). */
	inspectionId: z.optional(z.nullable(z.string())),
	photoIds: z.optional(z.array(z.string())),
	/** The new deadline and the one it replaced (deadline only). */
	deadline: z.optional(IsoDateTimeSchema),
	previousDeadline: z.optional(IsoDateTimeSchema)
});
export type RecommendationHistoryEntry = z.infer<typeof RecommendationHistoryEntrySchema>;

export const RecommendationSchema = z.object({
	id: z.string(),
	inspectionId: z.string(),
	revision: z.int(),
	agencyId: z.string(),
	itemId: z.string(),
	/** The checklist item's text, Vietnamese. */
	itemText: z.string(),
	/** What must be fixed: the item's text and the inspector's note. */
	what: z.string(),
	/** Deadline as an instant (end of the deadline day in Vietnam time). */
	deadline: IsoDateTimeSchema,
	status: RecommendationStatusSchema,
	/** Computed when read: open and past the deadline. */
	overdue: z.boolean(),
	createdAt: IsoDateTimeSchema,
	fixedAt: z.nullable(IsoDateTimeSchema),
	fixedInInspectionId: z.nullable(z.string()),
	history: z.array(RecommendationHistoryEntrySchema)
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationListSchema = z.object({ items: z.array(RecommendationSchema) });

/** A calendar day that exists: JavaScript's Date would quietly read 31 February as 3 March. */
const CalendarDateSchema = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Hạn phải có dạng YYYY-MM-DD'),
	z.refine((value) => {
		const day = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
	}, 'Ngày này không có trên lịch')
);

/**
 * PATCH /api/recommendations/{id}: a supervisor marks it fixed or reopens it ({status, note}), or
 * gives an open one a new deadline ({deadline: YYYY-MM-DD, Vietnam time, note}).
 */
export const RecommendationPatchSchema = z.union([
	z.object({ status: RecommendationStatusSchema, note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)) }),
	z.object({ deadline: CalendarDateSchema, note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)) })
]);
export type RecommendationPatch = z.infer<typeof RecommendationPatchSchema>;

/**
 * Optional per-item deadlines in the approve body (POST /api/review/{id}), by checklist item id:
 * a calendar date YYYY-MM-DD (Vietnam time). Items not listed get the default of 30 days.
 */
export const ApproveDeadlinesSchema = z.record(z.string().check(z.minLength(1), z.maxLength(200)), CalendarDateSchema);

/** What an inspector reports on site about an open recommendation (push, PushItem.followUps). */
export const FollowUpSchema = z.object({
	recommendationId: z.string().check(z.minLength(1), z.maxLength(200)),
	fixed: z.boolean(),
	note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
	photoIds: z.array(z.uuid()).check(z.maxLength(50))
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export function isOverdue(r: Pick<Recommendation, 'status' | 'deadline'>, now: Date): boolean {
	return r.status === 'open' && Date.parse(r.deadline) < now.getTime();
}
