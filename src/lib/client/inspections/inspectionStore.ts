import { v7 as uuidv7 } from 'uuid';
import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { LocationFixSchema, type LocationFix } from '$lib/domain/evidence';
import { finalizeProblems, type FinalizeProblem } from '$lib/domain/finalize';
import {
	AnswerSchema,
	InspectionFollowUpSchema,
	isEditable,
	type InspectionFollowUp,
	RepresentativeSchema,
	type Answer,
	type Inspection,
	type Representative
} from '$lib/domain/inspection';
import { database, type InspectorDatabase } from '../db/database';
import { InspectionLockedError, InspectionNotFoundError } from './errors';
import { parseStoredInspection, type ReadResult } from './readInspection';

/**
 * Inspections on the device. Each function is one IndexedDB transaction, so a change is either
 * wholly saved or not at all; nothing here needs the network.
 */

export interface Inspector {
	id: string;
	name: string;
}

export async function createInspection(
	template: ChecklistTemplate,
	agency: Agency,
	inspector: Inspector,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const at = now.toISOString();
	const inspection: Inspection = {
		id: uuidv7(),
		templateId: template.id,
		templateVersion: template.version,
		agencyId: agency.id,
		inspectorId: inspector.id,
		inspectorName: inspector.name,
		team: [],
		startedAt: at,
		finishedAt: null,
		answers: {},
		generalNotes: '',
		representative: { name: '', position: '' },
		status: 'draft',
		revision: 1,
		updatedAt: at
	};
	await db.transaction('rw', db.inspections, db.recentAgencies, async () => {
		await db.inspections.add(inspection);
		await db.recentAgencies.put({ agencyId: agency.id, usedAt: at });
	});
	return inspection;
}

export async function readInspection(id: string, db: InspectorDatabase = database()): Promise<ReadResult | null> {
	const raw = await db.inspections.get(id);
	return raw ? parseStoredInspection(raw) : null;
}

export async function listInspections(db: InspectorDatabase = database()): Promise<ReadResult[]> {
	const rows = await db.inspections.orderBy('updatedAt').reverse().toArray();
	return rows.map(parseStoredInspection);
}

/** Read, check it may change, apply, write: all inside one transaction. */
async function mutate(
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

export async function saveAnswer(
	id: string,
	itemId: string,
	answer: Omit<Answer, 'updatedAt'>,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const checked = AnswerSchema.parse({ ...answer, updatedAt: now.toISOString() });
	return mutate(
		id,
		(inspection) => {
			inspection.answers[itemId] = checked;
		},
		db,
		now
	);
}

export interface InspectionDetails {
	team: string[];
	representative: Representative;
	generalNotes: string;
}

export async function saveDetails(
	id: string,
	details: InspectionDetails,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const representative = RepresentativeSchema.parse(details.representative);
	const team = details.team.map((m) => m.trim()).filter(Boolean);
	return mutate(
		id,
		(inspection) => {
			inspection.team = team;
			inspection.representative = representative;
			inspection.generalNotes = details.generalNotes;
		},
		db,
		now
	);
}

/**
 * Where the inspection took place (a GPS fix or a point placed by hand), replacing any earlier one.
 * Refused like any change once the inspection is no longer editable.
 */
export async function saveLocation(
	id: string,
	fix: LocationFix,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const checked = LocationFixSchema.parse(fix);
	return mutate(
		id,
		(inspection) => {
			inspection.location = checked;
		},
		db,
		now
	);
}

/** Record (or change) what was found about one open recommendation of the agency. */
export async function saveFollowUp(
	id: string,
	followUp: InspectionFollowUp,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const checked = InspectionFollowUpSchema.parse(followUp);
	return mutate(
		id,
		(inspection) => {
			const others = (inspection.followUps ?? []).filter((f) => f.recommendationId !== checked.recommendationId);
			inspection.followUps = [...others, checked];
		},
		db,
		now
	);
}

export type FinalizeResult = { ok: true; inspection: Inspection } | { ok: false; problems: FinalizeProblem[] };

/**
 * Lock the inspection so it waits to be sent. Refused, with the reasons, while anything required is
 * missing; the check runs inside the write transaction so nothing can slip in between.
 */
export async function finalizeInspection(
	id: string,
	template: ChecklistTemplate,
	db: InspectorDatabase = database(),
	now: Date = new Date(),
	photoCounts: ReadonlyMap<string, number> = new Map()
): Promise<FinalizeResult> {
	let problems: FinalizeProblem[] = [];
	const inspection = await mutate(
		id,
		(inspection) => {
			problems = finalizeProblems(template, inspection, photoCounts);
			if (problems.length > 0) return false;
			inspection.status = 'finalized';
			inspection.finishedAt = now.toISOString();
		},
		db,
		now
	);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, inspection };
}

/** Throw away a draft the inspector no longer wants; anything finalized is kept. */
export async function discardDraft(id: string, db: InspectorDatabase = database()): Promise<void> {
	await db.transaction('rw', db.inspections, async () => {
		const raw = await db.inspections.get(id);
		if (!raw) return;
		if (raw.status !== 'draft') throw new InspectionLockedError(id);
		await db.inspections.delete(id);
	});
}
