import type { Recommendation, RecommendationPatch } from '$lib/domain/recommendation';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canManageRecommendation } from './listRecommendations';
import { recommendationView } from './recommendationView';

/** PATCH /api/recommendations/{id}: a supervisor within jurisdiction; anyone else the 404 of an unknown id. */
export async function patchRecommendation(store: Store, user: User, id: string, patch: RecommendationPatch, now: Date): Promise<Recommendation> {
	const current = await store.getRecommendation(id);
	if (!current || !(await canManageRecommendation(store, user, current.agencyId))) throw new ApiError(404, 'not-found', 'Không tìm thấy kiến nghị.');
	const next = await store.updateRecommendation(id, { status: patch.status, note: patch.note.trim(), by: user.id, action: 'status' }, now);
	return recommendationView(next, now);
}
