/**
 * The pull cursor, opaque to the device: `<change sequence>.<catalog fingerprint>`. The sequence is
 * the store's change feed position (decisions after it are new); the fingerprint names the catalog
 * the device already has, so an unchanged catalog (about 100 KB of templates) is not sent again.
 */
export interface PullCursor {
	seq: number;
	catalog: string | null;
}

const CURSOR = /^(\d{1,15})(?:\.([0-9a-f]{16}))?$/;

/** An absent or empty cursor is a first pull; null means the text is not a cursor of ours. */
export function parsePullCursor(text: string | null): PullCursor | null {
	if (text === null || text === '') return { seq: 0, catalog: null };
	const match = CURSOR.exec(text);
	if (!match) return null;
	return { seq: Number(match[1]), catalog: match[2] ?? null };
}

export function formatPullCursor(cursor: PullCursor): string {
	return cursor.catalog ? `${cursor.seq}.${cursor.catalog}` : String(cursor.seq);
}
