import { previousPeriod, ReportQuerySchema, vietnamDayEnd, vietnamDayStart, type PeriodicReport } from '$lib/domain/periodicReport';
import { vietnamDate } from '$lib/domain/dates';
import { queryError } from '../review/queryError';
import { reviewAgencies } from '../review/reviewScope';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { planCompletion } from './planCompletion';

/** At most this many days in one report (ten years): a bound on what one request can ask. */
const MAX_DAYS = 3660;

/**
 * The periodic report for ?from=&to=&agency= within the caller's jurisdiction. Every figure comes from
 * reads that stay fast at any size: the statistics (running totals by agency and month, plus the
 * edge days) for the period and the one before it, run together, and one pass over the subtree's
 * recommendations. An agency outside the jurisdiction gives an empty report, as the statistics do.
 */
export async function periodicReport(store: Store, user: User, params: URLSearchParams, now = new Date()): Promise<PeriodicReport> {
	const parsed = ReportQuerySchema.safeParse({ from: params.get('from') ?? '', to: params.get('to') ?? '', agency: params.get('agency') || undefined });
	if (!parsed.success) throw queryError(parsed.error);
	const { from, to, agency } = parsed.data;
	const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
	if (!(days >= 0)) throw new ApiError(400, 'bad-period', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
	if (days > MAX_DAYS) throw new ApiError(400, 'bad-period', 'Kỳ báo cáo dài tối đa 10 năm.');
	const agencyIds = await reviewAgencies(store, user, agency);
	const before = previousPeriod(from, to);
	const [current, previous, recommendations, plans, agencies] = await Promise.all([
		store.reviewStats({ agencyIds, fromDate: from, toDate: to }),
		store.reviewStats({ agencyIds, fromDate: before.from, toDate: before.to }),
		store.recommendationTotals(agencyIds, vietnamDayStart(from), vietnamDayEnd(to)),
		planCompletion(store, { agencyIds, from, to }, vietnamDate(now)),
		store.listAgencies()
	]);
	const scopeId = agency ?? (user.role === 'supervisor' ? user.jurisdictionId : null);
	const themeBefore = new Map(previous.byTheme.map((t) => [t.theme, t.rate]));
	const agencyBefore = new Map(previous.byAgency.map((a) => [a.agencyId, a.meanRate]));
	return {
		period: { from, to },
		previousPeriod: before,
		scope: { agencyId: scopeId, agencyName: agencies.find((a) => a.id === scopeId)?.name ?? 'Toàn tỉnh' },
		agenciesInspected: current.byAgency.length,
		inspections: current.inspections,
		previous: { agenciesInspected: previous.byAgency.length, inspections: previous.inspections, rate: previous.overall.rate },
		overall: current.overall,
		byTheme: current.byTheme.map((t) => ({ ...t, previousRate: themeBefore.get(t.theme) ?? null })),
		byAgency: current.byAgency.map((a) => ({
			agencyId: a.agencyId,
			agencyName: a.agencyName,
			inspections: a.inspections,
			violations: a.violations,
			meanRate: a.meanRate,
			previousMeanRate: agencyBefore.get(a.agencyId) ?? null
		})),
		byMonth: current.byMonth.map((m) => ({ month: m.month, inspections: m.inspections, meanRate: m.meanRate })),
		topViolations: current.topViolations,
		recommendations,
		planCompletion: plans
	};
}
