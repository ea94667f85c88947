import { z } from 'zod/mini';
import { IsoDateTimeSchema } from './dates';
import { LocationFixSchema, Sha256HexSchema } from './evidence';
import { SignaturesSchema } from './signatureDrawing';
import { TeamSchema } from './team';

export const INSPECTION_STATUSES = ['draft', 'finalized', 'sent', 'returned', 'approved'] as const;
export const InspectionStatusSchema = z.enum(INSPECTION_STATUSES);
/**
 * draft: being filled on the device; finalized: locked, waiting to be sent; sent: acknowledged by the
 * server; returned: sent back by a supervisor for revision (editable again as a new revision);
 * approved: accepted by a supervisor.
 */
export type InspectionStatus = z.infer<typeof InspectionStatusSchema>;

/**
 * Answers the inspector may still change. A returned inspection is locked too: correcting it first
 * reopens it as a new revision (reopenForRevision), so the revision the supervisor saw stays intact.
 */
export function isEditable(status: InspectionStatus): boolean {
	return status === 'draft';
}

/** Client-made ids survive retries: the same id is the same inspection everywhere (exactly-once sync). */
export const InspectionIdSchema = z.uuid();

export const COMPLIANCE_VALUES = ['compliant', 'violation', 'na'] as const;
export const ComplianceValueSchema = z.enum(COMPLIANCE_VALUES);
export type ComplianceValue = z.infer<typeof ComplianceValueSchema>;

export const MAX_NOTE_LENGTH = 4000;

/**
 * One answer. The value's shape depends on the item's response kind:
 * compliance → 'compliant' | 'violation' | 'na'; choice → option id; number → number; text → string.
 * null means "not answered yet" while a note may already exist.
 */
export const AnswerSchema = z.object({
	value: z.nullable(z.union([z.string().check(z.maxLength(MAX_NOTE_LENGTH)), z.number()])),
	note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
	updatedAt: IsoDateTimeSchema
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerValue = Answer['value'];

export const RepresentativeSchema = z.object({
	name: z.string().check(z.maxLength(200)),
	position: z.string().check(z.maxLength(200))
});
export type Representative = z.infer<typeof RepresentativeSchema>;

/**
 * What the inspector found on site about one of the agency's open recommendations (kiến nghị) from
 * an earlier inspection. Evidence photos are the inspection's photos whose itemId is
 * followUpPhotoItemId(recommendationId). Same shape as FollowUpSchema in recommendation.ts, which
 * cannot be imported here without an import cycle.
 */
export const InspectionFollowUpSchema = z.object({
	recommendationId: z.string().check(z.minLength(1), z.maxLength(200)),
	fixed: z.boolean(),
	note: z.string().check(z.maxLength(MAX_NOTE_LENGTH))
});
export type InspectionFollowUp = z.infer<typeof InspectionFollowUpSchema>;

export function followUpPhotoItemId(recommendationId: string): string {
	return `followup.${recommendationId}`;
}

/**
 * A draft moved from one version of its template to the next (kept on the inspection, so nothing the
 * inspector entered is lost): the answers that no longer have a place in the new version, by the
 * item id they were given to, and the photos that were attached to such items.
 */
export const TemplateMoveSchema = z.object({
	fromVersion: z.int().check(z.positive()),
	toVersion: z.int().check(z.positive()),
	at: IsoDateTimeSchema,
	/** Answers of removed items, and answers a changed item no longer accepts. */
	setAside: z.record(z.string(), AnswerSchema),
	/** Photos of removed items, kept as photos of the whole inspection: their former item id, by photo id. */
	detachedPhotos: z.record(z.string(), z.string())
});
export type TemplateMove = z.infer<typeof TemplateMoveSchema>;

export const InspectionSchema = z.object({
	id: InspectionIdSchema,
	templateId: z.string().check(z.minLength(1)),
	templateVersion: z.int().check(z.positive()),
	agencyId: z.string().check(z.minLength(1)),
	inspectorId: z.string().check(z.minLength(1)),
	inspectorName: z.string().check(z.maxLength(200)),
	/**
	 * The inspection team with each member's role (team.ts). Drafts stored before it was structured
	 * hold free-text lines; readInspection.ts converts them when read (legacyTeam.ts).
	 */
	team: TeamSchema,
	startedAt: IsoDateTimeSchema,
	finishedAt: z.nullable(IsoDateTimeSchema),
	answers: z.record(z.string(), AnswerSchema),
	generalNotes: z.string().check(z.maxLength(MAX_NOTE_LENGTH * 4)),
	representative: RepresentativeSchema,
	status: InspectionStatusSchema,
	/** 1 for the first submission; each correction after a return makes a new revision. */
	revision: z.int().check(z.positive()),
	updatedAt: IsoDateTimeSchema,
	/** Where the inspection took place; absent on records written before location capture existed. */
	location: z.optional(z.nullable(LocationFixSchema)),
	/** SHA-256 of the manifest built at finalize (tamper evidence); absent until finalized. */
	manifestHash: z.optional(z.nullable(Sha256HexSchema)),
	/** Follow-up of the agency's open recommendations; absent on records from before follow-up existed. */
	followUps: z.optional(z.array(InspectionFollowUpSchema).check(z.maxLength(200))),
	/** Signatures drawn on the screen at the end of the visit; absent until someone signs. */
	signatures: z.optional(SignaturesSchema),
	/** Moves of the draft to newer versions of its template (draftMigration.ts); absent when it never moved. */
	templateMoves: z.optional(z.array(TemplateMoveSchema).check(z.maxLength(100))),
	/** The planned visit this inspection is made for (Việc được giao); absent for one outside a plan. */
	visitId: z.optional(z.uuid())
});
export type Inspection = z.infer<typeof InspectionSchema>;
