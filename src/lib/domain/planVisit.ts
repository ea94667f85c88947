import { z } from 'zod/mini';
import { IsoDateSchema } from './dates';
import { TeamSchema } from './team';

/**
 * One visit of a plan (plan.ts), in a module of its own: the phone's assignments (assignment.ts,
 * parsed with every pull) need only this, and a schema module is bundled whole wherever it is
 * imported, so the plan's other schemas and rules stay on the supervisor pages.
 */
const Id = z.string().check(z.minLength(1), z.maxLength(200));

export const PlanVisitInputSchema = z.object({
	/** Absent for a visit added in this edit; the server gives it an id. */
	id: z.optional(z.uuid()),
	agencyId: Id,
	templateId: Id,
	/** The time window, inclusive Vietnam calendar dates. */
	windowFrom: IsoDateSchema,
	windowTo: IsoDateSchema,
	/** An unannounced visit (kiểm tra đột xuất) is seen only by its team and the planning office. */
	announced: z.boolean(),
	team: TeamSchema
});
export type PlanVisitInput = z.infer<typeof PlanVisitInputSchema>;

export const PlanVisitSchema = z.object({ ...PlanVisitInputSchema.shape, id: z.uuid() });
export type PlanVisit = z.infer<typeof PlanVisitSchema>;
