import type { Recommendation, RecommendationPatch } from '$lib/domain/recommendation';
import { ApiError } from '../http/apiError';
import type { RecommendationChange } from '../store/recommendationRecords';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { endOfVietnamDay, isPastDay } from './deadline';
import { canManageRecommendation } from './listRecommendations';
import { recommendationView } from './recommendationView';

/**
 * PATCH /api/recommendations/{id}: a supervisor within jurisdiction marks it fixed or reopens it,
 * or sets a new deadline on an open one; anyone else gets the 404 of an unknown id.
 */
export async function patchRecommendation(store: Store, user: User, id: string, patch: RecommendationPatch, now: Date): Promise<Recommendation> {
	const current = await store.getRecommendation(id);
	if (!current || !(await canManageRecommendation(store, user, current.agencyId))) throw new ApiError(404, 'not-found', 'Không tìm thấy kiến nghị.');
	const note = patch.note.trim();
	let change: RecommendationChange;
	if ('deadline' in patch) {
		// A fixed one has no deadline left to run; reopen it first (the trail then shows both steps).
		if (current.status !== 'open') throw new ApiError(409, 'conflict', 'Kiến nghị đã khắc phục nên không đổi hạn được. Hãy mở lại trước.');
		if (isPastDay(patch.deadline, now)) throw new ApiError(400, 'deadline-past', 'Hạn mới không được sớm hơn ngày hôm nay.');
		change = { action: 'deadline', deadline: endOfVietnamDay(patch.deadline), note, by: user.displayName };
	} else {
		change = { action: 'status', status: patch.status, note, by: user.displayName };
	}
	return recommendationView(await store.updateRecommendation(id, change, now), now);
}
