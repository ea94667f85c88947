import { isOverdue, type Recommendation } from '$lib/domain/recommendation';
import type { StoredRecommendation } from '../store/recommendationRecords';

/** The wire shape: the stored record plus "overdue", computed now so it is never stale. */
export function recommendationView(r: StoredRecommendation, now: Date): Recommendation {
	return { ...r, overdue: isOverdue(r, now) };
}
