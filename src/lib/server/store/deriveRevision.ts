import type { GeoPoint } from '$lib/domain/agency';
import type { ChecklistTemplate, Severity } from '$lib/domain/checklist';
import { vietnamDate } from '$lib/domain/dates';
import { assessLocation } from '$lib/domain/locationFlags';
import { anyPhotoFlagged } from '$lib/domain/photoFlags';
import type { AnyManifest } from '$lib/domain/manifest';
import { tallyAnswers } from '$lib/domain/scoring';
import type { PreparedSubmission } from './prepareSubmission';
import { NO_FINDING, OUTCOME_CODES, type TemplateItem } from './templateItems';

/**
 * What the review queue, statistics and exports read instead of the stored record: computed once per
 * revision, when it is stored (same transaction), so no query ever has to parse manifests. The record
 * itself stays the evidence; these rows can always be recomputed from it.
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { minor: 1, major: 2, critical: 3 };
export const SEVERITY_BY_RANK: readonly (Severity | null)[] = [null, 'minor', 'major', 'critical'];

export interface DerivedHead {
	inspectionId: string;
	revision: number;
	agencyId: string;
	inspectorId: string;
	inspectorName: string;
	templateId: string;
	templateVersion: number;
	startedAt: string;
	/** YYYY-MM-DD in Vietnam time: what the date filters and months compare. */
	startedDate: string;
	finishedAt: string | null;
	complianceRate: number | null;
	weightedScore: number | null;
	compliant: number;
	violations: number;
	/** 0 none, 1 minor, 2 major, 3 critical: sortable and comparable as a minimum. */
	maxSeverity: number;
	flagFar: number;
	flagManual: number;
	flagSuspect: number;
	flagNoLocation: number;
	/**
	 * 1 when a photo carries a flag the record itself shows (photoFlags.ts); reuse by another
	 * inspection is added by the store once the photos are linked (photoReuse.ts).
	 */
	flagPhoto: number;
	lat: number | null;
	lng: number | null;
	/** One character per template item (templateItems.ts): the revision's findings. */
	outcomes: string;
}

export interface DerivedRevision {
	head: DerivedHead;
}

/** A template version with its items numbered, parsed once per store (versions never change). */
export interface TemplateWithItems {
	template: ChecklistTemplate;
	items: readonly TemplateItem[];
}

/** 1 when a photo of the record carries a photo flag; a record without a photo list (any other stored JSON) has none. */
function photoFlag(manifest: AnyManifest | null, startedAt: string, agencyLocation: GeoPoint | null): number {
	if (!manifest || !Array.isArray(manifest.photos)) return 0;
	return anyPhotoFlagged(manifest.photos, { visit: { startedAt, finishedAt: manifest.finishedAt ?? null }, agencyLocation }) ? 1 : 0;
}

/** The manifest inside stored content ({ manifest, photos }), or null for any other shape. */
export function manifestOf(content: unknown): AnyManifest | null {
	if (typeof content !== 'object' || content === null) return null;
	const text = (content as { manifest?: unknown }).manifest;
	if (typeof text !== 'string') return null;
	try {
		const parsed = JSON.parse(text) as AnyManifest;
		return typeof parsed === 'object' && parsed !== null && typeof parsed.answers === 'object' ? parsed : null;
	} catch {
		return null;
	}
}

/**
 * @param item the submission as the store prepared it; `manifest` is its content's manifest when the
 *   caller already holds it parsed (the push endpoint built the text from it), else it is parsed here
 * @param template null when the content is not an inspection (tests store any JSON)
 */
export function deriveRevision(
	item: Pick<PreparedSubmission, 'inspectionId' | 'revision' | 'agencyId' | 'inspectorId' | 'templateId' | 'templateVersion' | 'deviceTime' | 'content' | 'manifest'>,
	template: TemplateWithItems | null,
	agencyLocation: GeoPoint | null
): DerivedRevision {
	const manifest = item.manifest ?? manifestOf(JSON.parse(item.content) as unknown);
	const startedAt = manifest?.startedAt ?? item.deviceTime;
	let outcomes = '';
	let complianceRate: number | null = null;
	let weightedScore: number | null = null;
	let compliant = 0;
	let violations = 0;
	let maxSeverity = 0;
	if (manifest && template) {
		// One pass: the phone's own scoring counts the overall score and hands over each item's outcome.
		const overall = tallyAnswers(template.template, manifest.answers, (checklistItem, outcome) => {
			outcomes += outcome ? OUTCOME_CODES[outcome] : NO_FINDING;
			if (outcome === 'violation') maxSeverity = Math.max(maxSeverity, SEVERITY_RANK[checklistItem.severity]);
		});
		complianceRate = overall.rate;
		weightedScore = overall.weighted;
		compliant = overall.compliant;
		violations = overall.violation;
	}
	const location = manifest?.location ?? null;
	const flags = manifest ? assessLocation(location, agencyLocation).flags : [];
	const date = Number.isNaN(Date.parse(startedAt)) ? startedAt.slice(0, 10) : vietnamDate(startedAt);
	return {
		head: {
			inspectionId: item.inspectionId,
			revision: item.revision,
			agencyId: item.agencyId,
			inspectorId: item.inspectorId,
			inspectorName: manifest?.inspector?.name ?? '',
			templateId: item.templateId,
			templateVersion: item.templateVersion,
			startedAt,
			startedDate: date,
			finishedAt: manifest ? manifest.finishedAt : item.deviceTime,
			complianceRate,
			weightedScore,
			compliant,
			violations,
			maxSeverity,
			flagFar: flags.includes('far-from-agency') ? 1 : 0,
			flagManual: flags.includes('manual-location') ? 1 : 0,
			flagSuspect: flags.includes('suspect-accuracy') ? 1 : 0,
			flagNoLocation: flags.includes('no-location') ? 1 : 0,
			flagPhoto: photoFlag(manifest, startedAt, agencyLocation),
			lat: location?.lat ?? null,
			lng: location?.lng ?? null,
			outcomes
		}
	};
}
