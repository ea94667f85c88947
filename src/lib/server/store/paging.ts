/** Page sizes are bounded so one request cannot read a whole table. */
export function pageLimit(limit: number): number {
	return Math.min(Math.max(Math.trunc(limit) || 1, 1), 500);
}

/** Cursor of the next page: the last item's change sequence when the page was full. */
export function nextCursor(items: readonly { changeSeq: number }[], limit: number): number | null {
	const last = items.at(-1);
	return items.length === limit && last ? last.changeSeq : null;
}
