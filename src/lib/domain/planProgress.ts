import { z } from 'zod/mini';
import { IsoDateSchema, IsoDateTimeSchema } from './dates';
import { PlanSchema } from './plan';
import { VisitProgressSchema } from './visitProgress';

/** One visit of a plan and where it stands (visitProgress.ts), with the inspection that decides it. */
export const VisitRowSchema = z.object({
	visitId: z.uuid(),
	progress: VisitProgressSchema,
	inspection: z.nullable(
		z.object({
			inspectionId: z.uuid(),
			inspectorName: z.string(),
			status: z.enum(['sent', 'returned', 'approved']),
			startedAt: IsoDateTimeSchema,
			lat: z.nullable(z.number()),
			lng: z.nullable(z.number())
		})
	)
});
export type VisitRow = z.infer<typeof VisitRowSchema>;

export const PlanProgressSchema = z.object({ plan: PlanSchema, today: IsoDateSchema, visits: z.array(VisitRowSchema) });
export type PlanProgress = z.infer<typeof PlanProgressSchema>;
