import { z } from 'zod/mini';
import { SeveritySchema, ThemeSchema } from './checklist';
import { ThemeRecordSchema } from './theme';

/**
 * Statistics (GET /api/stats?from=&to=&agency=) over the latest revision of every inspection in the
 * caller's jurisdiction. A rate is compliant ÷ (compliant + violation), 0..1, null when nothing was
 * scored; "not applicable" answers are left out, as in scoring.ts.
 */
const TallySchema = {
	compliant: z.int(),
	violation: z.int(),
	rate: z.nullable(z.number())
};

export const ThemeStatSchema = z.object({ theme: ThemeSchema, ...TallySchema });
export const ItemStatSchema = z.object({
	itemId: z.string(),
	theme: ThemeSchema,
	/** Vietnamese text of the item (from the newest template that has it). */
	itemText: z.string(),
	...TallySchema
});
export const AgencyStatSchema = z.object({
	agencyId: z.string(),
	agencyName: z.string(),
	inspections: z.int(),
	/** Mean of the inspections' compliance rates (each inspection counts once). */
	meanRate: z.nullable(z.number()),
	/** How many inspections the mean is over (those with a rate); weights it when rows are combined. */
	rated: z.optional(z.int()),
	violations: z.int(),
	...TallySchema
});
export const MonthStatSchema = z.object({
	/** YYYY-MM in Vietnam time, from the inspection's start. */
	month: z.string(),
	inspections: z.int(),
	meanRate: z.nullable(z.number()),
	...TallySchema
});
export const TopViolationSchema = z.object({
	itemId: z.string(),
	itemText: z.string(),
	theme: ThemeSchema,
	severity: SeveritySchema,
	count: z.int()
});

export const StatsResponseSchema = z.object({
	inspections: z.int(),
	overall: z.object(TallySchema),
	byTheme: z.array(ThemeStatSchema),
	byItem: z.array(ItemStatSchema),
	/** Ranked best first (meanRate desc, nulls last). */
	byAgency: z.array(AgencyStatSchema),
	/** Oldest month first. */
	byMonth: z.array(MonthStatSchema),
	/** At most 10, most frequent first. */
	topViolations: z.array(TopViolationSchema),
	/** Every theme with its name, an administrator's own too (absent: older servers). */
	themes: z.optional(z.array(ThemeRecordSchema))
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
export type ThemeStat = z.infer<typeof ThemeStatSchema>;
export type ItemStat = z.infer<typeof ItemStatSchema>;
export type AgencyStat = z.infer<typeof AgencyStatSchema>;
export type MonthStat = z.infer<typeof MonthStatSchema>;
export type TopViolation = z.infer<typeof TopViolationSchema>;

/** What the map draws of a located inspection: where, how compliant, which agency. */
export interface MapMarker {
	lat: number;
	lng: number;
	rate: number | null;
	agencyName: string;
}

/**
 * GET /api/stats/map, in columns (mapWire.ts): one entry per located inspection in each array, the
 * agencies' names once. Positions in 1e-5 degrees (about 1 m) as differences from the previous
 * point, points ordered by agency and latitude so the differences are small; rates in 1e-4. The
 * province's 20,000 newest points take about 150 KB gzipped instead of 4.3 MB of objects.
 */
export const MapResponseSchema = z
	.object({
		agencies: z.array(z.string()),
		agency: z.array(z.int()),
		lat: z.array(z.int()),
		lng: z.array(z.int()),
		rate: z.array(z.nullable(z.int()))
	})
	.check(z.refine((m) => m.lat.length === m.agency.length && m.lng.length === m.agency.length && m.rate.length === m.agency.length, 'columns of different lengths'));
export type MapResponse = z.infer<typeof MapResponseSchema>;

/** Query of /api/stats and /api/stats/map: calendar dates in Vietnam time, inclusive; agency includes its subtree. */
export const StatsQuerySchema = z.object({
	from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	agency: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
	/** "today": agencies merged or split are counted under the agency that carries them on today. */
	tree: z.optional(z.literal('today'))
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;
