import { isStoragePersistent } from '$lib/client/storage/persistence';
import { storageEstimate, type StorageEstimate } from '$lib/client/storage/storageEstimate';
import { unsentItems, type UnsentItems } from '$lib/client/storage/unsentItems';

export interface StorageStatus {
	estimate: StorageEstimate | null;
	persistent: boolean | null;
	unsent: UnsentItems;
}

/** Everything the storage line and the settings page show, read at once. */
export async function storageStatus(): Promise<StorageStatus> {
	const [estimate, persistent, unsent] = await Promise.all([storageEstimate(), isStoragePersistent(), unsentItems()]);
	return { estimate, persistent, unsent };
}
