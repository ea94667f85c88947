/** Page sizes are bounded so one request cannot read a whole table. */
export function pageLimit(limit: number): number {
	return Math.min(Math.max(Math.trunc(limit) || 1, 1), 500);
}

/** Cursor of the next page: the last item's change sequence when the page was full. */
export function nextCursor(items: readonly { changeSeq: number }[], limit: number): number | null {
	const last = items.at(-1);
	return items.length === limit && last ? last.changeSeq : null;
}

/**
 * The "before" cursor as both stores can bind it: no change sequence reaches 2^53, so anything above
 * (1e300 is an integer to JavaScript, but PostgreSQL cannot read "1e+300" as a bigint) is "no limit".
 */
export function pageBefore(before: number | undefined): number {
	return before === undefined || !(before < Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : before;
}
