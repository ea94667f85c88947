import { valueFits } from './answerFit';
import type { ChecklistTemplate } from './checklist';
import type { Inspection } from './inspection';
import { answerOutcome, isAnswered } from './outcome';

/**
 * Why an inspection cannot be finalized yet. Each problem names the item so the form can take the
 * inspector straight to it. Photo requirements are checked by the evidence layer (photos live in
 * their own table) and passed in as `photoCounts`.
 */
export type FinalizeProblem =
	| { kind: 'unanswered'; sectionId: string; itemId: string }
	| { kind: 'note-required'; sectionId: string; itemId: string }
	| { kind: 'photo-required'; sectionId: string; itemId: string }
	| { kind: 'invalid-value'; sectionId: string; itemId: string }
	| { kind: 'representative-missing' }
	/** Nobody on the team is trưởng đoàn: nobody would sign the biên bản for the team. */
	| { kind: 'team-lead-missing' };

export function finalizeProblems(
	template: ChecklistTemplate,
	inspection: Pick<Inspection, 'answers' | 'representative' | 'team'>,
	photoCounts: ReadonlyMap<string, number> = new Map()
): FinalizeProblem[] {
	const problems: FinalizeProblem[] = [];
	for (const section of template.sections) {
		for (const item of section.items) {
			const answer = inspection.answers[item.id];
			const where = { sectionId: section.id, itemId: item.id };
			if (!isAnswered(item, answer?.value)) {
				if (item.required) problems.push({ kind: 'unanswered', ...where });
				continue;
			}
			if (!isValidValue(template, item.id, answer?.value)) {
				problems.push({ kind: 'invalid-value', ...where });
				continue;
			}
			if (answerOutcome(item, answer?.value) !== 'violation') continue;
			if (item.requireOnViolation.note && (answer?.note ?? '').trim() === '') {
				problems.push({ kind: 'note-required', ...where });
			}
			if (item.requireOnViolation.photo && (photoCounts.get(item.id) ?? 0) === 0) {
				problems.push({ kind: 'photo-required', ...where });
			}
		}
	}
	if (inspection.representative.name.trim() === '') problems.push({ kind: 'representative-missing' });
	if (!inspection.team.some((m) => m.role === 'lead')) problems.push({ kind: 'team-lead-missing' });
	return problems;
}

function isValidValue(template: ChecklistTemplate, itemId: string, value: unknown): boolean {
	const item = template.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
	return item !== undefined && valueFits(item, value);
}
