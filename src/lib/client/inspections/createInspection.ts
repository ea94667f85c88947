import { v7 as uuidv7 } from 'uuid';
import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Inspection } from '$lib/domain/inspection';
import type { Team } from '$lib/domain/team';
import { database, type InspectorDatabase } from '../db/database';

export interface Inspector {
	id: string;
	name: string;
}

/** A draft started from an assignment: the visit's team, and the visit the record will name. */
export interface PlannedStart {
	team: Team;
	visitId: string;
}

/** A new draft on the device, with its id (UUIDv7) made here: it exists from the first tap, offline. */
export async function createInspection(
	template: ChecklistTemplate,
	agency: Agency,
	inspector: Inspector,
	db: InspectorDatabase = database(),
	now: Date = new Date(),
	planned: PlannedStart | null = null
): Promise<Inspection> {
	const at = now.toISOString();
	const inspection: Inspection = {
		id: uuidv7(),
		templateId: template.id,
		templateVersion: template.version,
		agencyId: agency.id,
		inspectorId: inspector.id,
		inspectorName: inspector.name,
		// The inspector leads until the team is set otherwise (GeneralDetails); a planned visit brings its team.
		team: planned ? planned.team.map((m) => ({ ...m })) : [{ accountId: inspector.id, name: inspector.name, position: '', role: 'lead' }],
		startedAt: at,
		finishedAt: null,
		answers: {},
		generalNotes: '',
		representative: { name: '', position: '' },
		status: 'draft',
		revision: 1,
		updatedAt: at,
		...(planned ? { visitId: planned.visitId } : {})
	};
	await db.transaction('rw', db.inspections, db.recentAgencies, async () => {
		await db.inspections.add(inspection);
		await db.recentAgencies.put({ agencyId: agency.id, usedAt: at });
	});
	return inspection;
}
