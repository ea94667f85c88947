import { applyMove, planMove, type MovePlan } from '$lib/domain/draftMigration';
import { isEditable, type Inspection } from '$lib/domain/inspection';
import { database, type InspectorDatabase } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from './errors';
import { parseStoredInspection } from './readInspection';

/**
 * Moving a draft to the newest version of its template on the device (draftMigration.ts): the plan
 * the inspector reads first, then the move itself, in one transaction with the photos it re-attaches.
 */

async function load(id: string, db: InspectorDatabase) {
	const raw = await db.inspections.get(id);
	if (!raw) throw new InspectionNotFoundError(id);
	const read = parseStoredInspection(raw);
	if (!read.ok) throw new Error(read.error);
	const inspection = read.inspection;
	const versions = await db.templates.where('id').equals(inspection.templateId).toArray();
	const from = versions.find((t) => t.version === inspection.templateVersion);
	const to = versions.reduce<(typeof versions)[number] | undefined>((newest, t) => (!newest || t.version > newest.version ? t : newest), undefined);
	const photos = (await db.photos.where('inspectionId').equals(id).toArray()).map((p) => ({ id: p.id, itemId: p.itemId }));
	return { inspection, from, to, photos };
}

/** What moving this draft to the newest version would do; null when it is on the newest (or not a draft). */
export async function draftMovePlan(id: string, db: InspectorDatabase = database()): Promise<MovePlan | null> {
	const { inspection, from, to, photos } = await load(id, db);
	if (!isEditable(inspection.status) || !from || !to || to.version <= from.version) return null;
	return planMove(inspection, from, to, photos);
}

/** Moves the draft to version `toVersion` (the one the plan shown named); nothing is lost (templateMoves). */
export async function moveDraft(id: string, toVersion: number, db: InspectorDatabase = database(), now: Date = new Date()): Promise<Inspection> {
	return db.transaction('rw', [db.inspections, db.photos, db.templates], async () => {
		const { inspection, from, to, photos } = await load(id, db);
		if (!isEditable(inspection.status)) throw new InspectionLockedError(id);
		if (!from || !to || to.version !== toVersion) throw new Error(`Mẫu phiếu phiên bản ${toVersion} không có trên máy hoặc không còn là mới nhất`);
		const moved = applyMove(inspection, from, to, photos, now);
		await db.inspections.put(moved.inspection);
		for (const photoId of moved.detach) await db.photos.update(photoId, { itemId: null });
		return moved.inspection;
	});
}
