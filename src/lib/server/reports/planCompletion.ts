import type { PlanCompletion } from '$lib/domain/periodicReport';
import type { Store } from '../store/Store';

/** What the plans' figures are read for: the report's agencies (null: all) and period (YYYY-MM-DD). */
export interface PlanScope {
	agencyIds: readonly string[] | null;
	from: string;
	to: string;
}

/**
 * The seam for inspection plans (branch `plans`): visits planned in the period for these agencies,
 * done, in progress and overdue. There are no plans yet, so the report says "no plan data" (null);
 * the plans branch replaces this body with its store read and nothing else in the report changes.
 */
export type PlanCompletionRead = (store: Store, scope: PlanScope) => Promise<PlanCompletion | null>;

export const planCompletion: PlanCompletionRead = async () => null;
