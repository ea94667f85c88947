import type { PlanCompletion } from '$lib/domain/periodicReport';
import { furthest, visitProgress } from '$lib/domain/visitProgress';
import type { Store } from '../store/Store';

/** What the plans' figures are read for: the report's agencies (null: all) and period (YYYY-MM-DD). */
export interface PlanScope {
	agencyIds: readonly string[] | null;
	from: string;
	to: string;
}

export type PlanCompletionRead = (store: Store, scope: PlanScope, today: string) => Promise<PlanCompletion | null>;

/**
 * Visits of every plan whose window meets the period, at the report's agencies, by how far each got:
 * done (submitted or approved), in progress (returned for correction), overdue (window passed with
 * no inspection); planned counts them all. Plans of any issuing office count (a commune's visits are
 * mostly planned by the province). An unannounced visit counts only once it is no secret: its window
 * has ended or an inspection was made; until then a report could tell an agency it is about to be
 * visited. Null when no plan has a visit in scope (the report then says it has no plan figures).
 * Plans are tens a year, so reading them whole is cheap.
 */
export const planCompletion: PlanCompletionRead = async (store, { agencyIds, from, to }, today) => {
	const inScope = agencyIds ? new Set(agencyIds) : null;
	const summaries = await store.listPlans((await store.listAgencies()).map((a) => a.id));
	const plans = await Promise.all(summaries.map((p) => store.getPlan(p.id)));
	const visits = plans.flatMap((plan) => plan?.visits ?? []).filter((v) => v.windowFrom <= to && v.windowTo >= from && (!inScope || inScope.has(v.agencyId)));
	if (visits.length === 0) return null;
	const linked = await store.visitInspections(visits.map((v) => v.id));
	const figures: PlanCompletion = { planned: 0, done: 0, inProgress: 0, overdue: 0 };
	for (const visit of visits) {
		const best = furthest(linked.filter((l) => l.visitId === visit.id));
		if (!visit.announced && !best && visit.windowTo >= today) continue;
		const progress = visitProgress(visit, best?.status ?? null, today);
		figures.planned += 1;
		if (progress === 'submitted' || progress === 'approved') figures.done += 1;
		else if (progress === 'in-progress') figures.inProgress += 1;
		else if (progress === 'overdue') figures.overdue += 1;
	}
	return figures.planned === 0 ? null : figures;
};
