import type { LocationFix } from '$lib/domain/evidence';
import {
	MANIFEST_FORMAT,
	buildManifest,
	type InspectionManifest,
	type ManifestInspection,
	type ManifestLocation,
	type ManifestPhoto,
	type ManifestPhotoInput
} from '$lib/domain/manifest';
import { canonicalJson } from '../store/canonical';

/**
 * The manifest of a pushed inspection and its exact text: byte for byte what the phone's
 * manifestText(buildManifest(inspection, photos)) wrote and hashed at finalize (sealedManifest.test.ts
 * holds the two equal). Here every object is built with its keys inserted in canonical (sorted)
 * order, so one native JSON.stringify writes the canonical text with nothing to sort or copy again:
 * about three times faster than building the manifest and then canonicalising it, which a
 * 50-inspection push does 50 times. What that order cannot carry the same way (a digit-only answer
 * key, which engines enumerate first; a number JSON cannot hold) takes the general path.
 *
 * Keep in step with buildManifest (src/lib/domain/manifest.ts): a field added there and not here
 * makes every push fail its hash check, which the tests catch.
 */
export function sealedManifest(inspection: ManifestInspection, photos: readonly ManifestPhotoInput[]): { manifest: InspectionManifest; text: string } {
	const manifest = sortedManifest(inspection, photos);
	if (manifest === null) {
		const general = buildManifest(inspection, photos);
		return { manifest: general, text: canonicalJson(general) };
	}
	return { manifest, text: JSON.stringify(manifest) };
}

const DIGITS = /^\d+$/;

function sortedManifest(inspection: ManifestInspection, photos: readonly ManifestPhotoInput[]): InspectionManifest | null {
	const answers: InspectionManifest['answers'] = {};
	for (const itemId of sortedKeys(Object.keys(inspection.answers))) {
		const answer = inspection.answers[itemId];
		if (!answer || DIGITS.test(itemId) || itemId === '__proto__' || !jsonNumber(answer.value)) return null;
		answers[itemId] = { note: answer.note, value: answer.value };
	}
	const location = sortedLocation(inspection.location ?? null);
	const sortedPhotos: ManifestPhoto[] = [];
	for (const p of [...photos].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		const where = sortedLocation(p.location);
		if (where === undefined) return null;
		sortedPhotos.push({ caption: p.caption, capturedAt: p.capturedAt, id: p.id, itemId: p.itemId, location: where, sha256: p.sha256 });
	}
	if (location === undefined || !jsonNumber(inspection.revision) || !jsonNumber(inspection.templateVersion)) return null;
	return {
		agencyId: inspection.agencyId,
		answers,
		finishedAt: inspection.finishedAt,
		format: MANIFEST_FORMAT,
		generalNotes: inspection.generalNotes,
		inspectionId: inspection.id,
		inspector: { id: inspection.inspectorId, name: inspection.inspectorName },
		location,
		photos: sortedPhotos,
		representative: { name: inspection.representative.name, position: inspection.representative.position },
		revision: inspection.revision,
		startedAt: inspection.startedAt,
		team: [...inspection.team],
		template: { id: inspection.templateId, version: inspection.templateVersion }
	};
}

/**
 * The answer ids of the last manifest written, as sent and sorted. The inspections of a batch are
 * answered on one template, so their ids arrive in the same order: sorting 57 ids once per batch
 * instead of once per inspection (≈ 4 µs each) is the same order, since the lists are equal.
 */
let lastKeys: readonly string[] = [];
let lastSorted: readonly string[] = [];

function sortedKeys(keys: readonly string[]): readonly string[] {
	if (keys.length !== lastKeys.length || keys.some((key, i) => key !== lastKeys[i])) {
		lastKeys = keys;
		lastSorted = [...keys].sort();
	}
	return lastSorted;
}

/** The location in canonical key order; undefined when a number in it is not one JSON can hold. */
function sortedLocation(fix: LocationFix | null): ManifestLocation | null | undefined {
	if (!fix) return null;
	if (!jsonNumber(fix.lat) || !jsonNumber(fix.lng) || !jsonNumber(fix.accuracy)) return undefined;
	return { accuracy: fix.accuracy, capturedAt: fix.capturedAt, lat: fix.lat, lng: fix.lng, source: fix.source };
}

/** Not a number, or a finite one (canonical JSON refuses NaN and ±Infinity; JSON.stringify would write null). */
function jsonNumber(value: unknown): boolean {
	return typeof value !== 'number' || Number.isFinite(value);
}
