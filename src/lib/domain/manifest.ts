import { canonicalJson } from './canonicalJson';
import type { LocationFix, PhotoMeta } from './evidence';
import type { AnswerValue, Inspection } from './inspection';
import { sha256Hex, type Sha256 } from './sha256';

/**
 * The tamper-evident record of one revision of an inspection. Built at finalize from what is stored
 * on the device, written as canonical JSON and hashed with SHA-256; the hash is kept on the
 * inspection and shown on the summary, so any later change to an answer, a note, a photo's bytes
 * (through its hash) or its caption gives a different fingerprint.
 *
 * What it leaves out on purpose: per-answer edit times and the status (they change without the
 * findings changing), and photo bytes themselves (their SHA-256 stands for them).
 */
export const MANIFEST_FORMAT = 'vhcv-inspection-manifest/1';

export interface ManifestLocation {
	lat: number;
	lng: number;
	accuracy: number | null;
	source: LocationFix['source'];
	capturedAt: string;
}

export interface ManifestPhoto {
	id: string;
	/** null for a photo of the inspection as a whole. */
	itemId: string | null;
	sha256: string;
	capturedAt: string;
	caption: string;
	location: ManifestLocation | null;
}

export interface InspectionManifest {
	format: typeof MANIFEST_FORMAT;
	inspectionId: string;
	revision: number;
	template: { id: string; version: number };
	agencyId: string;
	inspector: { id: string; name: string };
	team: string[];
	/** Device times: the phone's clock, as the inspector saw it. */
	startedAt: string;
	finishedAt: string | null;
	answers: Record<string, { value: AnswerValue; note: string }>;
	generalNotes: string;
	representative: { name: string; position: string };
	location: ManifestLocation | null;
	/** Sorted by id (UUIDv7: the order they were added). */
	photos: ManifestPhoto[];
}

export type ManifestInspection = Pick<
	Inspection,
	| 'id'
	| 'revision'
	| 'templateId'
	| 'templateVersion'
	| 'agencyId'
	| 'inspectorId'
	| 'inspectorName'
	| 'team'
	| 'startedAt'
	| 'finishedAt'
	| 'answers'
	| 'generalNotes'
	| 'representative'
	| 'location'
>;

export type ManifestPhotoInput = Pick<PhotoMeta, 'id' | 'itemId' | 'sha256' | 'capturedAt' | 'caption' | 'location'>;

export function buildManifest(inspection: ManifestInspection, photos: readonly ManifestPhotoInput[]): InspectionManifest {
	const answers: InspectionManifest['answers'] = {};
	for (const [itemId, answer] of Object.entries(inspection.answers)) {
		answers[itemId] = { value: answer.value, note: answer.note };
	}
	return {
		format: MANIFEST_FORMAT,
		inspectionId: inspection.id,
		revision: inspection.revision,
		template: { id: inspection.templateId, version: inspection.templateVersion },
		agencyId: inspection.agencyId,
		inspector: { id: inspection.inspectorId, name: inspection.inspectorName },
		team: [...inspection.team],
		startedAt: inspection.startedAt,
		finishedAt: inspection.finishedAt,
		answers,
		generalNotes: inspection.generalNotes,
		representative: { name: inspection.representative.name, position: inspection.representative.position },
		location: manifestLocation(inspection.location ?? null),
		photos: [...photos]
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.map((p) => ({
				id: p.id,
				itemId: p.itemId,
				sha256: p.sha256,
				capturedAt: p.capturedAt,
				caption: p.caption,
				location: manifestLocation(p.location)
			}))
	};
}

function manifestLocation(fix: LocationFix | null): ManifestLocation | null {
	if (!fix) return null;
	return { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, source: fix.source, capturedAt: fix.capturedAt };
}

/** The exact text that is hashed (and later sent to the server beside the hash). */
export function manifestText(manifest: InspectionManifest): string {
	return canonicalJson(manifest);
}

/** SHA-256 (hex) of the manifest's canonical JSON. */
export function hashManifest(manifest: InspectionManifest, sha256: Sha256 = sha256Hex): Promise<string> {
	return sha256(manifestText(manifest));
}
