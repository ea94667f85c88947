import type { AnswerValue } from './inspection';
import type { ManifestLocation, RecordPhoto } from './manifest';

/**
 * What changed between two revisions of an inspection (typically: the one a supervisor returned and
 * the correction), from their sealed manifests. Pure, so the page and tests share it.
 */
export interface AnswerChange {
	itemId: string;
	/** null: not answered in that revision. */
	before: { value: AnswerValue; note: string } | null;
	after: { value: AnswerValue; note: string } | null;
	valueChanged: boolean;
	noteChanged: boolean;
}

export interface Change<T> {
	before: T;
	after: T;
}

export interface RevisionDiff {
	answers: AnswerChange[];
	photosAdded: RecordPhoto[];
	photosRemoved: RecordPhoto[];
	generalNotes: Change<string> | null;
	representative: Change<{ name: string; position: string }> | null;
	location: Change<ManifestLocation | null> | null;
	/** Nothing at all differs. */
	same: boolean;
}

/** Any two records, signed or sealed before signing (a correction may follow a revision made before signing). */
interface Diffable {
	answers: Record<string, { value: AnswerValue; note: string }>;
	photos: readonly RecordPhoto[];
	generalNotes: string;
	representative: { name: string; position: string };
	location: ManifestLocation | null;
}

const sameLocation = (a: ManifestLocation | null, b: ManifestLocation | null) =>
	a === b || (a !== null && b !== null && a.lat === b.lat && a.lng === b.lng && a.accuracy === b.accuracy && a.source === b.source);

export function diffRevisions(a: Diffable, b: Diffable): RevisionDiff {
	const answers: AnswerChange[] = [];
	const ids = [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].sort();
	for (const itemId of ids) {
		const before = a.answers[itemId] ?? null;
		const after = b.answers[itemId] ?? null;
		const valueChanged = (before?.value ?? null) !== (after?.value ?? null);
		const noteChanged = (before?.note ?? '') !== (after?.note ?? '');
		if (valueChanged || noteChanged) {
			answers.push({ itemId, before: before && { value: before.value, note: before.note }, after: after && { value: after.value, note: after.note }, valueChanged, noteChanged });
		}
	}
	// A photo is the same photo when its bytes are (same SHA-256), whatever its id.
	const hashesA = new Set(a.photos.map((p) => p.sha256));
	const hashesB = new Set(b.photos.map((p) => p.sha256));
	const photosAdded = b.photos.filter((p) => !hashesA.has(p.sha256));
	const photosRemoved = a.photos.filter((p) => !hashesB.has(p.sha256));
	const generalNotes = a.generalNotes === b.generalNotes ? null : { before: a.generalNotes, after: b.generalNotes };
	const representative =
		a.representative.name === b.representative.name && a.representative.position === b.representative.position
			? null
			: { before: a.representative, after: b.representative };
	const location = sameLocation(a.location, b.location) ? null : { before: a.location, after: b.location };
	return {
		answers,
		photosAdded,
		photosRemoved,
		generalNotes,
		representative,
		location,
		same: answers.length === 0 && photosAdded.length === 0 && photosRemoved.length === 0 && !generalNotes && !representative && !location
	};
}
