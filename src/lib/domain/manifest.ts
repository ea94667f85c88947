import { z } from 'zod/mini';
import { canonicalJson } from './canonicalJson';
import { IsoDateTimeSchema } from './dates';
import { LocationFixSchema, PhotoMetaSchema, Sha256HexSchema, type LocationFix, type PhotoMeta } from './evidence';
import {
	AnswerSchema,
	InspectionFollowUpSchema,
	InspectionIdSchema,
	RepresentativeSchema,
	TemplateMoveSchema,
	type Inspection
} from './inspection';
import { sha256Hex, type Sha256 } from './sha256';
import { NO_SIGNATURES, SignaturesSchema } from './signatureDrawing';
import { TeamSchema } from './team';

/**
 * The record of one revision of an inspection: built once, on the phone, at finalize; written as
 * canonical JSON; hashed (the fingerprint shown on the phone and printed on the biên bản) and signed
 * with the phone's device key (signature.ts). The text is what is synced and stored: the server
 * parses it with InspectionManifestSchema and derives every row from it, so what the inspector
 * sealed and what the supervisor judges are the same bytes. There is no second builder.
 *
 * Inside: who (the account id and the name the account had, never typed), the device that signs,
 * the agency, the template version, answers and notes, the team and representative, where, the
 * photos by hash with how they came, and what was found about earlier recommendations.
 * Left out on purpose: per-answer edit times and the status (they change without the findings
 * changing), and photo bytes (their SHA-256 stands for them).
 */
export const MANIFEST_FORMAT = 'vhcv-inspection-manifest/3';
/**
 * Signed records made before the team was structured (team: free-text lines). Still accepted from
 * phones that sealed them before updating, and read as the current format (manifestV2.ts).
 */
export const TEAM_TEXT_MANIFEST_FORMAT = 'vhcv-inspection-manifest/2';
/** Records sealed before signing existed: hashed, not signed (see LegacyManifest). */
export const UNSIGNED_MANIFEST_FORMAT = 'vhcv-inspection-manifest/1';

export const ManifestLocationSchema = z.object({
	lat: LocationFixSchema.shape.lat,
	lng: LocationFixSchema.shape.lng,
	accuracy: LocationFixSchema.shape.accuracy,
	source: LocationFixSchema.shape.source,
	capturedAt: IsoDateTimeSchema
});
export type ManifestLocation = z.infer<typeof ManifestLocationSchema>;

/** How a photo came into the record: the camera during the visit, or picked from the phone's gallery. */
export const PHOTO_SOURCES = ['camera', 'gallery'] as const;
export const PhotoSourceSchema = z.enum(PHOTO_SOURCES);
export type PhotoSource = z.infer<typeof PhotoSourceSchema>;

export const ManifestPhotoSchema = z.object({
	id: PhotoMetaSchema.shape.id,
	/** null for a photo of the inspection as a whole. */
	itemId: PhotoMetaSchema.shape.itemId,
	sha256: Sha256HexSchema,
	mime: PhotoMetaSchema.shape.mime,
	byteLength: PhotoMetaSchema.shape.byteLength,
	width: PhotoMetaSchema.shape.width,
	height: PhotoMetaSchema.shape.height,
	caption: PhotoMetaSchema.shape.caption,
	/** When the photo was taken: its EXIF capture time when it has one, else when it was added. */
	capturedAt: IsoDateTimeSchema,
	/** When it was added to the record on the phone. */
	addedAt: IsoDateTimeSchema,
	/** Where the phone was when the photo was added. */
	location: z.nullable(ManifestLocationSchema),
	/** null: the phone did not record it (photos added before it did). */
	source: z.nullable(PhotoSourceSchema),
	/** The EXIF capture time read from the file before its metadata was stripped; null when it had none. */
	exifCapturedAt: z.nullable(IsoDateTimeSchema),
	/** The EXIF GPS position read from the file before stripping; null when it had none. */
	exifLocation: z.nullable(z.object({ lat: LocationFixSchema.shape.lat, lng: LocationFixSchema.shape.lng }))
});
export type ManifestPhoto = z.infer<typeof ManifestPhotoSchema>;

export const InspectionManifestSchema = z.object({
	format: z.literal(MANIFEST_FORMAT),
	inspectionId: InspectionIdSchema,
	revision: z.int().check(z.positive()),
	template: z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)), version: z.int().check(z.positive()) }),
	agencyId: z.string().check(z.minLength(1), z.maxLength(200)),
	/** The account that made the record and the name it had when the record was sealed. */
	inspector: z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)), name: z.string().check(z.maxLength(200)) }),
	/** The id of the device key that signs this record (registered for the inspector's account). */
	device: z.uuid(),
	/** The whole team with each member's role (team.ts); the inspector is usually in it, not always its head. */
	team: TeamSchema,
	/** Device times: the phone's clock, as the inspector saw it. */
	startedAt: IsoDateTimeSchema,
	finishedAt: IsoDateTimeSchema,
	answers: z.record(z.string().check(z.maxLength(200)), z.object({ value: AnswerSchema.shape.value, note: AnswerSchema.shape.note })),
	generalNotes: z.string().check(z.maxLength(16_000)),
	representative: RepresentativeSchema,
	location: z.nullable(ManifestLocationSchema),
	/** Sorted by id (UUIDv7: the order they were added). */
	photos: z.array(ManifestPhotoSchema).check(z.maxLength(500)),
	/**
	 * What was found on site about the agency's open recommendations, sorted by recommendation id;
	 * their evidence photos are the photos whose itemId is followUpPhotoItemId(recommendationId).
	 */
	followUps: z.array(InspectionFollowUpSchema).check(z.maxLength(200)),
	/** Handwritten signatures drawn on the screen (signatureDrawing.ts), inside the signed record. */
	signatures: SignaturesSchema,
	/**
	 * The planned visit (plan.ts) this inspection was made for; absent for an inspection outside a
	 * plan and in every record sealed before plans existed. Optional without a new format: a record
	 * without it has the same canonical text as before, so older records keep verifying.
	 */
	visitId: z.optional(z.uuid()),
	/**
	 * Moves of the draft to newer versions of its template (draftMigration.ts), with the answers set
	 * aside by each: inside the signed record, so the server and the printed biên bản keep them. Absent
	 * when the draft never moved (the same canonical text as before, as for visitId).
	 */
	templateMoves: z.optional(z.array(TemplateMoveSchema).check(z.maxLength(100)))
});
export type InspectionManifest = z.infer<typeof InspectionManifestSchema>;

/**
 * A record sealed before signing (format /1): no device, no follow-ups, no photo provenance. Still
 * read for display and still verified by its hash; never accepted as a new record.
 */
export interface LegacyManifest extends Omit<InspectionManifest, 'format' | 'device' | 'finishedAt' | 'photos' | 'followUps' | 'signatures' | 'team'> {
	format: typeof UNSIGNED_MANIFEST_FORMAT;
	/** Free-text lines, as typed (legacyTeam.ts reads them). */
	team: string[];
	finishedAt: string | null;
	photos: { id: string; itemId: string | null; sha256: string; capturedAt: string; caption: string; location: ManifestLocation | null }[];
}

/** A signed record of the format before the structured team, as its text says (manifestV2.ts). */
export interface TeamTextManifest extends Omit<InspectionManifest, 'format' | 'team'> {
	format: typeof TEAM_TEXT_MANIFEST_FORMAT;
	team: string[];
}

/**
 * Any stored record as its text says, signed or sealed before signing. Server code reads signed
 * records through signedManifest.ts, which gives the current format; pages that parse a record's
 * text themselves read the team with recordTeam.ts.
 */
export type AnyManifest = InspectionManifest | TeamTextManifest | LegacyManifest;
/** What every record says of a photo, signed or sealed before signing. */
export type RecordPhoto = LegacyManifest['photos'][number];

export type ManifestInspection = Pick<
	Inspection,
	| 'id'
	| 'revision'
	| 'templateId'
	| 'templateVersion'
	| 'agencyId'
	| 'inspectorId'
	| 'team'
	| 'startedAt'
	| 'answers'
	| 'generalNotes'
	| 'representative'
	| 'location'
	| 'followUps'
	| 'signatures'
	| 'visitId'
	| 'templateMoves'
>;

/**
 * What the phone recorded at intake of how a photo came (absent on photos added before it did):
 * which button brought it, and what its EXIF said before re-encoding stripped it.
 */
export interface PhotoProvenance {
	source?: PhotoSource | null;
	exifCapturedAt?: string | null;
	exifLocation?: { lat: number; lng: number } | null;
}

/** A photo as the phone keeps it, with what it recorded of the photo's origin. */
export type ManifestPhotoInput = Omit<PhotoMeta, 'inspectionId'> & PhotoProvenance;

export interface Signer {
	/** The account's name at sealing: from the signed-in account, never from a form. */
	inspectorName: string;
	/** The device key's id. */
	deviceId: string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildManifest(
	inspection: ManifestInspection,
	photos: readonly ManifestPhotoInput[],
	signer: Signer,
	finishedAt: string
): InspectionManifest {
	const answers: InspectionManifest['answers'] = {};
	for (const [itemId, answer] of Object.entries(inspection.answers)) answers[itemId] = { value: answer.value, note: answer.note };
	return {
		format: MANIFEST_FORMAT,
		inspectionId: inspection.id,
		revision: inspection.revision,
		template: { id: inspection.templateId, version: inspection.templateVersion },
		agencyId: inspection.agencyId,
		inspector: { id: inspection.inspectorId, name: signer.inspectorName },
		device: signer.deviceId,
		team: inspection.team.map((m) => ({ accountId: m.accountId, name: m.name, position: m.position, role: m.role })),
		startedAt: inspection.startedAt,
		finishedAt,
		answers,
		generalNotes: inspection.generalNotes,
		representative: { name: inspection.representative.name, position: inspection.representative.position },
		location: manifestLocation(inspection.location ?? null),
		photos: [...photos].sort(byId).map((p) => ({
			id: p.id,
			itemId: p.itemId,
			sha256: p.sha256,
			mime: p.mime,
			byteLength: p.byteLength,
			width: p.width,
			height: p.height,
			caption: p.caption,
			capturedAt: p.capturedAt,
			addedAt: p.addedAt,
			location: manifestLocation(p.location),
			source: p.source ?? null,
			exifCapturedAt: p.exifCapturedAt ?? null,
			exifLocation: p.exifLocation ? { lat: p.exifLocation.lat, lng: p.exifLocation.lng } : null
		})),
		followUps: [...(inspection.followUps ?? [])]
			.sort((a, b) => (a.recommendationId < b.recommendationId ? -1 : a.recommendationId > b.recommendationId ? 1 : 0))
			.map((f) => ({ recommendationId: f.recommendationId, fixed: f.fixed, note: f.note })),
		signatures: structuredCloneSignatures(inspection.signatures ?? NO_SIGNATURES),
		...(inspection.visitId ? { visitId: inspection.visitId } : {}),
		...(inspection.templateMoves?.length ? { templateMoves: inspection.templateMoves } : {})
	};
}

/** A copy with only the fields of the schema (what the device keeps may carry more). */
function structuredCloneSignatures(s: NonNullable<ManifestInspection['signatures']>): InspectionManifest['signatures'] {
	const drawing = (d: (typeof s)['representative']) => (d ? { width: d.width, height: d.height, strokes: d.strokes.map((stroke) => [...stroke]) } : null);
	return { representative: drawing(s.representative), teamLead: drawing(s.teamLead), onPaper: s.onPaper };
}

function manifestLocation(fix: LocationFix | null): ManifestLocation | null {
	if (!fix) return null;
	return { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, source: fix.source, capturedAt: fix.capturedAt };
}

/** The exact text that is hashed, signed, synced and stored. */
export function manifestText(manifest: InspectionManifest): string {
	return canonicalJson(manifest);
}

/** SHA-256 (hex) of the manifest's canonical JSON. */
export function hashManifest(manifest: InspectionManifest, sha256: Sha256 = sha256Hex): Promise<string> {
	return sha256(manifestText(manifest));
}

/** A record's photos as photo metadata (the shape the review pages and the phone's tables use). */
export function manifestPhotos(manifest: InspectionManifest): PhotoMeta[] {
	return manifest.photos.map((p) => ({
		id: p.id,
		inspectionId: manifest.inspectionId,
		itemId: p.itemId,
		caption: p.caption,
		mime: p.mime,
		sha256: p.sha256,
		byteLength: p.byteLength,
		width: p.width,
		height: p.height,
		capturedAt: p.capturedAt,
		location: p.location,
		addedAt: p.addedAt
	}));
}
