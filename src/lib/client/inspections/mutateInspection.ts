import { isEditable, type Inspection } from '$lib/domain/inspection';
import type { InspectorDatabase } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from './errors';
import { parseStoredInspection } from './readInspection';

/** Read, check it may change, apply, write: all inside one transaction. */
export async function mutateInspection(
	id: string,
	change: (inspection: Inspection) => boolean | void,
	db: InspectorDatabase,
	now: Date
): Promise<Inspection> {
	return db.transaction('rw', db.inspections, async () => {
		const raw = await db.inspections.get(id);
		if (!raw) throw new InspectionNotFoundError(id);
		const read = parseStoredInspection(raw);
		if (!read.ok) throw new Error(read.error);
		const inspection = read.inspection;
		if (!isEditable(inspection.status)) throw new InspectionLockedError(id);
		// A change that returns false decided not to write (e.g. finalize refused).
		if (change(inspection) === false) return inspection;
		inspection.updatedAt = now.toISOString();
		await db.inspections.put(inspection);
		return inspection;
	});
}
