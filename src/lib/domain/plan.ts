import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import type { Team } from './team';
import { PlanVisitInputSchema, PlanVisitSchema } from './planVisit';

export { PlanVisitInputSchema, PlanVisitSchema, type PlanVisit, type PlanVisitInput } from './planVisit';

/**
 * An inspection plan (kế hoạch kiểm tra): what a supervisor's office will inspect in a year or a
 * period, under which legal basis, and its visits (đợt kiểm tra): which agency, with which
 * checklist, in which time window, announced or not, by which team. The plan is issued by an agency
 * (the office whose register numbers its documents) inside the supervisor's jurisdiction.
 */

export const MAX_PLAN_VISITS = 200;
const Id = z.string().check(z.minLength(1), z.maxLength(200));
const Text = (max: number) => z.string().check(z.maxLength(max));

export const PlanInputSchema = z.object({
	title: z.string().check(z.trim(), z.minLength(1, 'Hãy nhập tên kế hoạch'), z.maxLength(300)),
	year: z.int().check(z.gte(2000), z.lte(2100)),
	/** A period within the year as people name it ("6 tháng đầu năm"); empty for the whole year. */
	period: Text(100),
	/** Căn cứ: the laws and decisions the plan rests on, one per line. */
	legalBasis: Text(4000),
	issuingAgencyId: Id,
	visits: z.array(PlanVisitInputSchema).check(z.maxLength(MAX_PLAN_VISITS))
});
export type PlanInput = z.infer<typeof PlanInputSchema>;

/** An edit carries the version it was made from: a plan changed meanwhile is not overwritten. */
export const PlanUpdateSchema = z.object({ version: z.int().check(z.positive()), plan: PlanInputSchema });
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;


export const PlanSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	year: z.int(),
	period: z.string(),
	legalBasis: z.string(),
	issuingAgencyId: Id,
	createdBy: Id,
	createdAt: IsoDateTimeSchema,
	updatedAt: IsoDateTimeSchema,
	version: z.int().check(z.positive()),
	visits: z.array(PlanVisitSchema)
});
export type Plan = z.infer<typeof PlanSchema>;

/** One plan in a list: no visits, only how many. */
export const PlanSummarySchema = z.object({ ...PlanSchema.shape, visits: z.int() });
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/** The accounts on a team (members named by hand have none). */
export function teamAccounts(team: Team): string[] {
	return [...new Set(team.flatMap((m) => (m.accountId ? [m.accountId] : [])))];
}

/**
 * What is wrong with a plan beyond its shape, in the words the form shows: windows that end before
 * they start, teams without exactly one trưởng đoàn (the decision names one), an account twice on a team.
 */
export function planProblems(plan: PlanInput): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	const seen = new Set<string>();
	plan.visits.forEach((visit, i) => {
		if (visit.id) {
			if (seen.has(visit.id)) problems.push({ path: `visits.${i}.id`, message: 'Đợt kiểm tra bị lặp' });
			seen.add(visit.id);
		}
		if (visit.windowTo < visit.windowFrom) problems.push({ path: `visits.${i}.windowTo`, message: 'Ngày kết thúc phải sau ngày bắt đầu' });
		const leads = visit.team.filter((m) => m.role === 'lead').length;
		if (leads !== 1) problems.push({ path: `visits.${i}.team`, message: 'Đoàn kiểm tra phải có đúng một Trưởng đoàn' });
		const accounts = visit.team.flatMap((m) => (m.accountId ? [m.accountId] : []));
		if (new Set(accounts).size !== accounts.length) problems.push({ path: `visits.${i}.team`, message: 'Một người có tên hai lần trong đoàn' });
	});
	return problems;
}
