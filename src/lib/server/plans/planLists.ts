import { vietnamDate } from '$lib/domain/dates';
import type { PlanSummary } from '$lib/domain/plan';
import { jurisdictionOf } from '../auth/authorize';
import type { VisitWithPlan } from '../store/plans/planRecords';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/** The plans a supervisor manages: those issued by an agency in their jurisdiction. */
export async function plansFor(store: Store, user: User): Promise<PlanSummary[]> {
	return store.listPlans([...jurisdictionOf(user, await store.listAgencies())]);
}

/** How many overdue visits the supervisor's queue lists at most. */
export const OVERDUE_LIMIT = 200;

/**
 * Overdue visits a supervisor may see (planAccess.ts): every visit of the plans they manage, and the
 * announced visits to agencies in their jurisdiction. Nobody else has any.
 */
export async function overdueFor(store: Store, user: User, now: Date): Promise<VisitWithPlan[]> {
	const jurisdiction = [...jurisdictionOf(user, await store.listAgencies())];
	return store.overdueVisits({ issuerIds: jurisdiction, agencyIds: jurisdiction }, vietnamDate(now), OVERDUE_LIMIT);
}
