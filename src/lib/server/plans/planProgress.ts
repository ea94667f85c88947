import { vietnamDate } from '$lib/domain/dates';
import type { PlanProgress } from '$lib/domain/planProgress';
import { furthest, visitProgress } from '$lib/domain/visitProgress';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canManagePlan } from './planAccess';

/** A plan with each visit's progress, for the supervisors who manage it (404 for anyone else). */
export async function planProgress(store: Store, user: User, planId: string, now: Date): Promise<PlanProgress> {
	const plan = await store.getPlan(planId);
	if (!plan || !canManagePlan(user, plan.issuingAgencyId, await store.listAgencies())) throw new ApiError(404);
	const today = vietnamDate(now);
	const linked = await store.visitInspections(plan.visits.map((v) => v.id));
	return {
		plan,
		today,
		visits: plan.visits.map((visit) => {
			const best = furthest(linked.filter((l) => l.visitId === visit.id));
			return {
				visitId: visit.id,
				progress: visitProgress(visit, best?.status ?? null, today),
				inspection: best
					? { inspectionId: best.inspectionId, inspectorName: best.inspectorName, status: best.status, startedAt: best.startedAt, lat: best.lat, lng: best.lng }
					: null
			};
		})
	};
}
