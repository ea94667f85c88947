import { DEFAULT_QUEUE_PAGE_SIZE, type QueueQuery, type QueueResponse } from '$lib/domain/reviewQueue';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { namedOnDay, renamedAgencies } from './namesOnDay';
import { reviewFilter } from './reviewScope';

/** GET /api/review/queue: one page of the latest revisions within the caller's jurisdiction, and how many of each status the other filters match. */
export async function reviewQueue(store: Store, user: User, query: QueueQuery): Promise<QueueResponse> {
	const page = query.page ?? 1;
	const pageSize = query.pageSize ?? DEFAULT_QUEUE_PAGE_SIZE;
	const filter = await reviewFilter(store, user, query);
	// The counts on the status filter: the same filter with every status (jurisdiction resolved once).
	const anyStatus = { ...filter };
	delete anyStatus.status;
	const [{ rows, total }, counts, renamed] = await Promise.all([
		store.reviewQueue({ ...filter, sort: query.sort ?? 'started-desc', offset: (page - 1) * pageSize, limit: pageSize }),
		store.reviewStatusCounts(anyStatus),
		renamedAgencies(store)
	]);
	return { items: namedOnDay(rows, renamed), total, page, pageSize, counts };
}
