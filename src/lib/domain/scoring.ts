import { allItems, type ChecklistItem, type ChecklistTemplate, type Outcome, type Severity, type Theme } from './checklist';
import { citationsInForce, type Citation } from './citation';
import { vietnamDate } from './dates';
import type { Answer, Inspection } from './inspection';
import { answerOutcome } from './outcome';

/**
 * Scoring (our own design: no national on-site score sheet exists, see legal-basis.md §10).
 *
 * compliance rate = compliant ÷ (compliant + violation); "not applicable" and unscored items are left out.
 * weighted score  = Σ weight(compliant) ÷ Σ weight(compliant + violation), weights minor 1, major 3,
 *                   critical 5, so one critical violation costs as much as five minor ones.
 * Both are null when nothing scorable was answered (rather than a misleading 0 % or 100 %).
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { minor: 1, major: 3, critical: 5 };

export interface Tally {
	compliant: number;
	violation: number;
	na: number;
	/** compliant ÷ (compliant + violation), 0..1, or null. */
	rate: number | null;
	/** severity-weighted rate, 0..1, or null. */
	weighted: number | null;
}

export interface Violation {
	sectionId: string;
	theme: Theme;
	item: ChecklistItem;
	note: string;
	/** The citations in force on the inspection date (all of them when none matches the date). */
	citations: Citation[];
}

export interface InspectionScore {
	overall: Tally;
	byTheme: Map<Theme, Tally>;
	bySection: Map<string, Tally>;
	violations: Violation[];
	criticalViolations: number;
}

interface Accumulator {
	compliant: number;
	violation: number;
	na: number;
	weightCompliant: number;
	weightViolation: number;
}

const empty = (): Accumulator => ({ compliant: 0, violation: 0, na: 0, weightCompliant: 0, weightViolation: 0 });

function toTally(acc: Accumulator): Tally {
	const scored = acc.compliant + acc.violation;
	const weight = acc.weightCompliant + acc.weightViolation;
	return {
		compliant: acc.compliant,
		violation: acc.violation,
		na: acc.na,
		rate: scored === 0 ? null : acc.compliant / scored,
		weighted: weight === 0 ? null : acc.weightCompliant / weight
	};
}

function add(acc: Accumulator, outcome: 'compliant' | 'violation' | 'na', severity: Severity): void {
	acc[outcome] += 1;
	if (outcome === 'compliant') acc.weightCompliant += SEVERITY_WEIGHT[severity];
	if (outcome === 'violation') acc.weightViolation += SEVERITY_WEIGHT[severity];
}

export function scoreInspection(
	template: ChecklistTemplate,
	inspection: Pick<Inspection, 'answers' | 'startedAt'>
): InspectionScore {
	const overall = empty();
	const byTheme = new Map<Theme, Accumulator>();
	const bySection = new Map<string, Accumulator>();
	const violations: Violation[] = [];
	const onDate = vietnamDate(inspection.startedAt);

	for (const section of template.sections) {
		const sectionAcc = empty();
		const themeAcc = byTheme.get(section.theme) ?? empty();
		byTheme.set(section.theme, themeAcc);
		for (const item of section.items) {
			const answer = inspection.answers[item.id];
			const outcome = answerOutcome(item, answer?.value);
			if (!outcome) continue;
			add(overall, outcome, item.severity);
			add(themeAcc, outcome, item.severity);
			add(sectionAcc, outcome, item.severity);
			if (outcome === 'violation') {
				const inForce = citationsInForce(item.citations, onDate);
				violations.push({
					sectionId: section.id,
					theme: section.theme,
					item,
					note: answer?.note ?? '',
					citations: inForce.length > 0 ? inForce : item.citations
				});
			}
		}
		bySection.set(section.id, sectionAcc);
	}

	return {
		overall: toTally(overall),
		byTheme: new Map([...byTheme].map(([k, v]) => [k, toTally(v)])),
		bySection: new Map([...bySection].map(([k, v]) => [k, toTally(v)])),
		violations,
		criticalViolations: violations.filter((v) => v.item.severity === 'critical').length
	};
}

/**
 * The overall tally alone, counted exactly as scoreInspection counts `overall`, with each item's
 * outcome (null when it has none) passed to `each` in form order. For the server, which stores
 * only the overall score and each item's outcome for every revision it receives, without the
 * per-theme and per-section detail and the citations in force.
 */
export function tallyAnswers(
	template: ChecklistTemplate,
	answers: Readonly<Record<string, { value: Answer['value'] } | undefined>>,
	each?: (item: ChecklistItem, outcome: Outcome | null) => void
): Tally {
	const overall = empty();
	for (const section of template.sections) {
		for (const item of section.items) {
			const outcome = answerOutcome(item, answers[item.id]?.value);
			each?.(item, outcome);
			if (outcome) add(overall, outcome, item.severity);
		}
	}
	return toTally(overall);
}

/** Scorable items only; useful when a caller needs the count of items that can affect the score. */
export function scorableItemCount(template: ChecklistTemplate): number {
	return allItems(template).filter((i) => i.response.kind !== 'text').length;
}
