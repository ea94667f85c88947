import { DEFAULT_QUEUE_PAGE_SIZE, type QueueQuery, type QueueResponse } from '$lib/domain/reviewQueue';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { namedOnDay, renamedIn } from './namesOnDay';
import { reviewFilterIn } from './reviewScope';
import { withCatalogSnapshot } from '../sync/catalogSnapshot';

/** GET /api/review/queue: one page of the latest revisions within the caller's jurisdiction, and how many of each status the other filters match. */
export async function reviewQueue(store: Store, user: User, query: QueueQuery): Promise<QueueResponse> {
	const page = query.page ?? 1;
	const pageSize = query.pageSize ?? DEFAULT_QUEUE_PAGE_SIZE;
	return withCatalogSnapshot(store, async (catalog) => {
		const filter = reviewFilterIn(catalog.agencies, user, query);
		const { rows, total, counts } = await store.reviewQueue({ ...filter, sort: query.sort ?? 'started-desc', offset: (page - 1) * pageSize, limit: pageSize });
		return { items: namedOnDay(rows, renamedIn(catalog)), total, page, pageSize, counts };
	});
}
