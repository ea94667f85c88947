import { LocationFixSchema, type LocationFix } from '$lib/domain/evidence';
import {
	AnswerSchema,
	InspectionFollowUpSchema,
	type InspectionFollowUp,
	RepresentativeSchema,
	type Answer,
	type Inspection,
	type Representative
} from '$lib/domain/inspection';
import { SignaturesSchema, type Signatures } from '$lib/domain/signatureDrawing';
import { TeamSchema, type Team } from '$lib/domain/team';
import { database, type InspectorDatabase } from '../db/database';
import { InspectionLockedError } from './errors';
import { mutateInspection } from './mutateInspection';
import { parseStoredInspection, type ReadResult } from './readInspection';

/**
 * Inspections on the device: reading them and the form's changes. Each function is one IndexedDB
 * transaction, so a change is either wholly saved or not at all; nothing here needs the network.
 * Starting one (createInspection.ts) and finalizing it (finalizeInspection.ts) are files of their
 * own, so the form does not load the id generator or the finalize rules.
 */

export async function readInspection(id: string, db: InspectorDatabase = database()): Promise<ReadResult | null> {
	const raw = await db.inspections.get(id);
	return raw ? parseStoredInspection(raw) : null;
}

export async function listInspections(db: InspectorDatabase = database()): Promise<ReadResult[]> {
	const rows = await db.inspections.orderBy('updatedAt').reverse().toArray();
	return rows.map(parseStoredInspection);
}

export async function saveAnswer(
	id: string,
	itemId: string,
	answer: Omit<Answer, 'updatedAt'>,
	db: InspectorDatabase = database(),
	now: Date = new Date()
): Promise<Inspection> {
	const checked = AnswerSchema.parse({ ...answer, updatedAt: now.toISOString() });
	return mutateInspection(
		id,
		(inspection) => {
			inspection.answers[itemId] = checked;
		},
		db,
		now
	);
}

export interface InspectionDetails {
	team: Team;
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
	const team = TeamSchema.parse(details.team.map((m) => ({ ...m, name: m.name.trim(), position: m.position.trim() })));
	return mutateInspection(
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

/** The signatures drawn on the screen (or that the parties sign on paper), replacing earlier ones. */
export async function saveSignatures(id: string, signatures: Signatures, db: InspectorDatabase = database(), now: Date = new Date()): Promise<Inspection> {
	const checked = SignaturesSchema.parse(signatures);
	return mutateInspection(
		id,
		(inspection) => {
			inspection.signatures = checked;
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
	return mutateInspection(
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
	return mutateInspection(
		id,
		(inspection) => {
			const others = (inspection.followUps ?? []).filter((f) => f.recommendationId !== checked.recommendationId);
			inspection.followUps = [...others, checked];
		},
		db,
		now
	);
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
