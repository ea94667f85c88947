import type { Assignment } from '$lib/domain/assignment';
import type { Inspection } from '$lib/domain/inspection';
import { latestTemplates, offeredTemplates } from '../catalog/catalogStore';
import { database, type InspectorDatabase } from '../db/database';
import { createInspection, type Inspector } from '../inspections/createInspection';

export class AssignmentCatalogError extends Error {
	/** retired: the device has the checklist, but an administrator retired it (no new inspection on it). */
	constructor(readonly missing: 'agency' | 'template' | 'retired') {
		super(`The device's catalog has no ${missing} for this assignment yet`);
	}
}

/**
 * Starts the inspection of an assigned visit, offline: its agency, the latest published version of
 * its checklist (not a retired one: the server would refuse it) and its team, and the visit's id,
 * which the sealed record will carry (manifest.ts).
 */
export async function startAssignment(assignment: Assignment, inspector: Inspector, db: InspectorDatabase = database(), now = new Date()): Promise<Inspection> {
	const agency = await db.agencies.get(assignment.agencyId);
	if (!agency) throw new AssignmentCatalogError('agency');
	const template = (await offeredTemplates(db)).find((t) => t.id === assignment.templateId);
	if (!template) throw new AssignmentCatalogError((await latestTemplates(db)).some((t) => t.id === assignment.templateId) ? 'retired' : 'template');
	return createInspection(template, agency, inspector, db, now, { team: assignment.team, visitId: assignment.id });
}
