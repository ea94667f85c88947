import { z } from 'zod/mini';
import { ThemeSchema } from './checklist';
import { TopViolationSchema } from './stats';

/**
 * The periodic report (báo cáo định kỳ: six months, a year, any range) for an agency subtree:
 * GET /api/reports/periodic?from=&to=&agency=. Built from the review statistics' running totals, for
 * the period and for the period of the same length just before it, shown side by side.
 */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD'));
export const ReportQuerySchema = z.object({ from: day, to: day, agency: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

const rate = z.nullable(z.number());
const PeriodSchema = z.object({ from: day, to: day });

export const RecommendationFiguresSchema = z.object({ issued: z.int(), fixed: z.int(), overdue: z.int(), open: z.int() });

/**
 * The plans' share of the report (visits planned, done, overdue). Null until inspection plans exist:
 * the plans branch fills it in `server/reports/planCompletion.ts`.
 */
export const PlanCompletionSchema = z.object({ planned: z.int(), done: z.int(), inProgress: z.int(), overdue: z.int() });
export type PlanCompletion = z.infer<typeof PlanCompletionSchema>;

export const PeriodicReportSchema = z.object({
	period: PeriodSchema,
	previousPeriod: PeriodSchema,
	/** The subtree's root ("" for the whole jurisdiction of an admin). */
	scope: z.object({ agencyId: z.nullable(z.string()), agencyName: z.string() }),
	agenciesInspected: z.int(),
	inspections: z.int(),
	previous: z.object({ agenciesInspected: z.int(), inspections: z.int(), rate }),
	overall: z.object({ compliant: z.int(), violation: z.int(), rate }),
	byTheme: z.array(z.object({ theme: ThemeSchema, compliant: z.int(), violation: z.int(), rate, previousRate: rate })),
	byAgency: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), inspections: z.int(), violations: z.int(), meanRate: rate, previousMeanRate: rate })),
	byMonth: z.array(z.object({ month: z.string(), inspections: z.int(), meanRate: rate })),
	topViolations: z.array(TopViolationSchema),
	recommendations: RecommendationFiguresSchema,
	planCompletion: z.nullable(PlanCompletionSchema)
});
export type PeriodicReport = z.infer<typeof PeriodicReportSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The period of the same number of days ending the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
	const start = Date.parse(`${from}T00:00:00Z`);
	const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS) + 1;
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	return { from: iso(start - days * DAY_MS), to: iso(start - DAY_MS) };
}

/** The instant a Vietnam calendar day begins (UTC+7, no daylight saving since 1975). */
export function vietnamDayStart(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00+07:00`)).toISOString();
}

/** The instant after a Vietnam calendar day ends: the start of the next day. */
export function vietnamDayEnd(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00+07:00`) + DAY_MS).toISOString();
}
