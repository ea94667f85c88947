import type { Recommendation, RecommendationFilterStatus } from '$lib/domain/recommendation';
import { jurisdictionOf } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import { reviewAgencies } from '../review/reviewScope';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { recommendationView } from './recommendationView';

/**
 * GET /api/recommendations. Supervisors: their jurisdiction (admins: all), any status. Inspectors:
 * the open ones of every agency, since the next visit may be anywhere and must work offline.
 */
export async function listRecommendations(
	store: Store,
	user: User,
	query: { agency?: string; status?: RecommendationFilterStatus },
	now: Date
): Promise<Recommendation[]> {
	if (user.disabled) throw new ApiError(403);
	let agencyIds: readonly string[] | null;
	if (user.role === 'inspector') {
		if (query.status && query.status !== 'open' && query.status !== 'overdue') return [];
		agencyIds = query.agency === undefined ? null : [query.agency];
	} else {
		agencyIds = await reviewAgencies(store, user, query.agency);
	}
	const stored = await store.listRecommendations({ agencyIds, ...(query.status === 'fixed' ? { status: 'fixed' } : query.status || user.role === 'inspector' ? { status: 'open' } : {}) });
	const views = stored.map((r) => recommendationView(r, now));
	return query.status === 'overdue' ? views.filter((r) => r.overdue) : views;
}

/** Whether a supervisor may change this agency's recommendations. */
export async function canManageRecommendation(store: Store, user: User, agencyId: string): Promise<boolean> {
	return !user.disabled && user.role === 'supervisor' && jurisdictionOf(user, await store.listAgencies()).has(agencyId);
}
