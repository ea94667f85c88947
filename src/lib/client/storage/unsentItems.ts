import { database, type InspectorDatabase } from '../db/database';
import { parseStoredInspection } from '../inspections/readInspection';

export interface UnsentItems {
	/** Finalized inspections still on the device only. */
	inspections: number;
	/** When the oldest of them was finalized (device time), null when there is none. */
	oldestFinalizedAt: string | null;
	/** Photos the server has not confirmed yet, of any inspection. */
	photos: number;
}

/** What has not reached the server yet: the longer it waits, the more a lost phone would cost. */
export async function unsentItems(db: InspectorDatabase = database()): Promise<UnsentItems> {
	const [finalized, photos] = await Promise.all([
		db.inspections.where('status').equals('finalized').toArray(),
		db.photos.filter((p) => !p.confirmedAt).count()
	]);
	let oldest: string | null = null;
	for (const raw of finalized) {
		const read = parseStoredInspection(raw);
		const at = read.ok ? (read.inspection.finishedAt ?? read.inspection.updatedAt) : null;
		if (at && (oldest === null || at < oldest)) oldest = at;
	}
	return { inspections: finalized.length, oldestFinalizedAt: oldest, photos };
}
