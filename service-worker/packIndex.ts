/**
 * The index of the precache pack (written by scripts/precachePack.js at build time): which file
 * lies where in which part. Checked field by field: a wrong index means file-by-file install.
 */
export interface PackEntry {
	url: string;
	type: string;
	offset: number;
	length: number;
}

export interface PackPart {
	url: string;
	entries: PackEntry[];
}

export interface PackIndex {
	version: string;
	parts: PackPart[];
}

/** Where the pack of build `version` lives. */
export function packIndexPath(version: string): string {
	return `/_app/pack/${encodeURIComponent(version)}/index.json`;
}

function isEntry(value: unknown): value is PackEntry {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	return typeof e.url === 'string' && typeof e.type === 'string' && Number.isInteger(e.offset) && Number.isInteger(e.length);
}

export function isPackIndex(value: unknown): value is PackIndex {
	if (typeof value !== 'object' || value === null) return false;
	const index = value as Record<string, unknown>;
	return (
		typeof index.version === 'string' &&
		Array.isArray(index.parts) &&
		index.parts.every(
			(part: unknown) =>
				typeof part === 'object' && part !== null && typeof (part as PackPart).url === 'string' && Array.isArray((part as PackPart).entries) && (part as PackPart).entries.every(isEntry)
		)
	);
}
