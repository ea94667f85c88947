import type { QueueSort } from '$lib/domain/reviewQueue';
import type { QueueDbRow } from './queue';

type MergedSort = Exclude<QueueSort, 'agency'>;
type Compare = (a: QueueDbRow, b: QueueDbRow) => number;

// Text compared by code unit: started_at is fixed-width ISO text and ids are lowercase UUIDs, so this
// is the order both databases give them (bytewise in SQLite, any collation in PostgreSQL).
const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst: Compare = (a, b) => text(b.started_at, a.started_at) || text(b.inspection_id, a.inspection_id);
/** Rows without a rate (nothing answered) last, whichever way the rate runs. */
const rate = (direction: 1 | -1): Compare => (a, b) => {
	if (a.compliance_rate === null || b.compliance_rate === null) return (a.compliance_rate === null ? 1 : 0) - (b.compliance_rate === null ? 1 : 0) || newestFirst(a, b);
	return direction * (a.compliance_rate - b.compliance_rate) || newestFirst(a, b);
};

/** QUEUE_ORDER's terms, term for term, for rows already read. */
const COMPARE: Readonly<Record<MergedSort, Compare>> = {
	'started-desc': newestFirst,
	'started-asc': (a, b) => text(a.started_at, b.started_at) || text(a.inspection_id, b.inspection_id),
	'rate-asc': rate(1),
	'rate-desc': rate(-1)
};

/** Pages each already in the queue's order (one per agency), merged into that order. */
export function mergeQueuePages(pages: readonly (readonly QueueDbRow[])[], sort: MergedSort): QueueDbRow[] {
	// A handful of short pages: sorting their concatenation costs less than a k-way merge's bookkeeping.
	return pages.flat().sort(COMPARE[sort]);
}
