import { z } from 'zod/mini';
import { IsoDateSchema } from './dates';
import { PlanVisitSchema } from './planVisit';

/**
 * A visit as it reaches the phone of each account on its team (Việc được giao): enough to start the
 * inspection offline (agency, checklist, team) and to see whether a colleague already has.
 */
export const AssignmentSchema = z.object({
	...PlanVisitSchema.shape,
	planId: z.uuid(),
	planTitle: z.string().check(z.maxLength(300)),
	/** The inspection a member made for it, once the server has it (the one furthest along). */
	started: z.nullable(
		z.object({
			inspectionId: z.uuid(),
			inspectorId: z.string(),
			inspectorName: z.string().check(z.maxLength(200)),
			status: z.enum(['sent', 'returned', 'approved'])
		})
	)
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** The user's assignments whose window ends on or after `since`, sent with a pull when its version changed. */
export const AssignmentListSchema = z.object({
	version: z.string().check(z.maxLength(64)),
	since: IsoDateSchema,
	assignments: z.array(AssignmentSchema).check(z.maxLength(2000))
});
export type AssignmentList = z.infer<typeof AssignmentListSchema>;
