import type { Inspection } from '$lib/domain/inspection';
import { database, type InspectorDatabase } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from './errors';
import { parseStoredInspection } from './readInspection';

/**
 * A supervisor returned the inspection: make it editable again as the next revision. The earlier
 * revision's sealed record stays in `revisions` untouched; the inspection starts a new revision
 * with no hash and no finish time, and finalizing it seals a new record of its own. Only a
 * 'returned' inspection can be reopened (called by sync when a return arrives, or by the inspector).
 */
export async function reopenForRevision(id: string, db: InspectorDatabase = database(), now: Date = new Date()): Promise<Inspection> {
	return db.transaction('rw', db.inspections, async () => {
		const raw = await db.inspections.get(id);
		if (!raw) throw new InspectionNotFoundError(id);
		const read = parseStoredInspection(raw);
		if (!read.ok) throw new Error(read.error);
		if (read.inspection.status !== 'returned') throw new InspectionLockedError(id);
		const reopened: Inspection = {
			...read.inspection,
			status: 'draft',
			revision: read.inspection.revision + 1,
			finishedAt: null,
			manifestHash: null,
			updatedAt: now.toISOString()
		};
		// A correction is made at the office: nobody signs it on site, so the visit's signatures stay with the revision they signed.
		delete reopened.signatures;
		await db.inspections.put(reopened);
		return reopened;
	});
}
