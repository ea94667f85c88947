import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { DerivedHead, TemplateWithItems } from './deriveRevision';
import { OUTCOME_CODES, templateItems } from './templateItems';

/** Column order shared by both stores' inserts of derived rows (see deriveRevision.ts). */
export const HEAD_COLUMNS = [
	'inspection_id',
	'revision',
	'status',
	'agency_id',
	'inspector_id',
	'inspector_name',
	'template_id',
	'template_version',
	'started_at',
	'started_date',
	'finished_at',
	'received_at',
	'compliance_rate',
	'weighted_score',
	'compliant',
	'violations',
	'max_severity',
	'flag_far',
	'flag_manual',
	'flag_suspect',
	'flag_no_location',
	'flag_photo',
	'lat',
	'lng',
	'outcomes'
] as const;

export function headValues(head: DerivedHead, status: string, receivedAt: string): unknown[] {
	return [
		head.inspectionId,
		head.revision,
		status,
		head.agencyId,
		head.inspectorId,
		head.inspectorName,
		head.templateId,
		head.templateVersion,
		head.startedAt,
		head.startedDate,
		head.finishedAt,
		receivedAt,
		head.complianceRate,
		head.weightedScore,
		head.compliant,
		head.violations,
		head.maxSeverity,
		head.flagFar,
		head.flagManual,
		head.flagSuspect,
		head.flagNoLocation,
		head.flagPhoto,
		head.lat,
		head.lng,
		head.outcomes
	];
}

/** A stored template's JSON with its items numbered; null when unreadable (the derived rows then carry no score). */
export function parseTemplate(content: string | undefined | null): TemplateWithItems | null {
	if (!content) return null;
	try {
		const template = JSON.parse(content) as ChecklistTemplate;
		return { template, items: templateItems(template) };
	} catch {
		return null;
	}
}

/**
 * Parsed templates by id and version, for the life of a store. A published version never changes
 * (putTemplate refuses different content under the same version), so a version once read stays
 * right; only found versions are kept. Saves reading and parsing an 80 KB template per revision.
 */
export class TemplateCache {
	readonly #templates = new Map<string, TemplateWithItems>();

	get(id: string, version: number): TemplateWithItems | undefined {
		return this.#templates.get(`${id}@${version}`);
	}

	remember(id: string, version: number, content: string | undefined | null): TemplateWithItems | null {
		const parsed = parseTemplate(content);
		if (parsed) this.#templates.set(`${id}@${version}`, parsed);
		return parsed;
	}
}

/** The latest revision's head before a new one replaces it: what its findings added to the totals. */
export interface PreviousHead {
	inspection_id: string;
	revision: number;
	agency_id: string;
	started_date: string;
	template_id: string;
	template_version: number;
	outcomes: string;
}

export const PREVIOUS_HEAD_COLUMNS = 'inspection_id, revision, agency_id, started_date, template_id, template_version, outcomes';

/** One change to finding_totals: counts to add (negative to take away) for an agency, month and item. */
export interface TotalsDelta {
	agencyId: string;
	month: string;
	itemId: string;
	theme: string;
	severity: string;
	itemText: string;
	compliant: number;
	violation: number;
}

/** A revision's findings as the totals count them: where, when, and its `outcomes` over its template. */
export interface TotalsSource {
	agencyId: string;
	startedDate: string;
	template: TemplateWithItems | null;
	outcomes: string;
}

/**
 * The changes a batch makes to finding_totals, summed per agency, month and item, so a batch writes
 * each totals row once (about 60 rows for 50 inspections of one agency in one month) instead of once
 * per finding (2,850). Sums commute, so the result is the same as applying them one by one. Counted
 * per agency, month and template version in arrays indexed like `outcomes`, so adding a revision is
 * one pass over its outcome characters.
 */
export class TotalsBatch {
	readonly #groups = new Map<string, { agencyId: string; month: string; template: TemplateWithItems; counts: Int32Array }>();

	/**
	 * A new latest revision: the previous latest revision's findings come out (when there was one), the
	 * new one's go in. Not-applicable answers are never counted.
	 */
	replace(previous: TotalsSource | null, next: TotalsSource): void {
		if (previous) this.#add(previous, -1);
		this.#add(next, 1);
	}

	/** The summed changes, one per agency, month and item, leaving out those that cancel out. */
	deltas(): TotalsDelta[] {
		const deltas = new Map<string, TotalsDelta>();
		for (const { agencyId, month, template, counts } of this.#groups.values()) {
			for (const item of template.items) {
				const compliant = counts[2 * (item.ordinal - 1)] ?? 0;
				const violation = counts[2 * (item.ordinal - 1) + 1] ?? 0;
				if (compliant === 0 && violation === 0) continue;
				// Versions of a template share item ids: their counts meet in one totals row.
				const key = `${agencyId}\n${month}\n${item.itemId}`;
				const delta = deltas.get(key);
				if (delta) {
					delta.compliant += compliant;
					delta.violation += violation;
				} else {
					deltas.set(key, { agencyId, month, itemId: item.itemId, theme: item.theme, severity: item.severity, itemText: item.itemText, compliant, violation });
				}
			}
		}
		// In key order: concurrent batches on PostgreSQL then lock shared totals rows in the same order
		// (without it two batches could each hold a row the other waits for: a deadlock).
		const key = (d: TotalsDelta) => `${d.agencyId}\n${d.month}\n${d.itemId}`;
		return [...deltas.values()].filter((d) => d.compliant !== 0 || d.violation !== 0).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	}

	#add(source: TotalsSource, sign: 1 | -1): void {
		const template = source.template;
		if (!template) return;
		const month = source.startedDate.slice(0, 7);
		const key = `${source.agencyId}\n${month}\n${template.template.id}@${template.template.version}`;
		let group = this.#groups.get(key);
		if (!group) {
			group = { agencyId: source.agencyId, month, template, counts: new Int32Array(template.items.length * 2) };
			this.#groups.set(key, group);
		}
		const { outcomes } = source;
		const counts = group.counts;
		const length = Math.min(outcomes.length, template.items.length);
		for (let i = 0; i < length; i++) {
			const code = outcomes.charCodeAt(i);
			if (code === COMPLIANT) counts[2 * i] = (counts[2 * i] ?? 0) + sign;
			else if (code === VIOLATION) counts[2 * i + 1] = (counts[2 * i + 1] ?? 0) + sign;
		}
	}
}

const COMPLIANT = OUTCOME_CODES.compliant.charCodeAt(0);
const VIOLATION = OUTCOME_CODES.violation.charCodeAt(0);

/**
 * Adds `rows` deltas to finding_totals in one statement; `param(n)` writes the n-th placeholder (0-based).
 * Each (agency, month, item) may appear once, as TotalsBatch gives them.
 */
export function totalsUpsert(rows: number, param: (n: number) => string): string {
	const tuples = Array.from({ length: rows }, (_, r) => `(${Array.from({ length: 8 }, (__, c) => param(r * 8 + c)).join(', ')})`);
	return `INSERT INTO finding_totals (agency_id, month, item_id, theme, severity, item_text, compliant, violation)
	VALUES ${tuples.join(', ')}
	ON CONFLICT (agency_id, month, item_id) DO UPDATE SET
		compliant = finding_totals.compliant + excluded.compliant,
		violation = finding_totals.violation + excluded.violation`;
}

export const totalsValues = (d: TotalsDelta): unknown[] => [d.agencyId, d.month, d.itemId, d.theme, d.severity, d.itemText, d.compliant, d.violation];
