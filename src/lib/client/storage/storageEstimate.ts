export interface StorageEstimate {
	/** Bytes this site uses. */
	usage: number;
	/** Bytes this site may use in all (the browser's share of the free disk). */
	quota: number;
}

/** How much space the site uses and may use, or null where the browser does not tell. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.estimate) return null;
	try {
		const { usage, quota } = await storage.estimate();
		return usage === undefined || quota === undefined ? null : { usage, quota };
	} catch {
		return null;
	}
}
