import type { ChecklistSection, ChecklistTemplate } from './checklist';
import type { Inspection } from './inspection';
import { isAnswered } from './outcome';

export interface Progress {
	answered: number;
	total: number;
}

export function sectionProgress(section: ChecklistSection, answers: Inspection['answers']): Progress {
	const answered = section.items.filter((item) => isAnswered(item, answers[item.id]?.value)).length;
	return { answered, total: section.items.length };
}

export function overallProgress(template: ChecklistTemplate, answers: Inspection['answers']): Progress {
	let answered = 0;
	let total = 0;
	for (const section of template.sections) {
		const p = sectionProgress(section, answers);
		answered += p.answered;
		total += p.total;
	}
	return { answered, total };
}

/** The next unanswered item after `afterItemId` (wrapping around), for "jump to unanswered". */
export function nextUnanswered(
	template: ChecklistTemplate,
	answers: Inspection['answers'],
	afterItemId?: string
): { sectionId: string; itemId: string } | null {
	const flat = template.sections.flatMap((s) => s.items.map((item) => ({ sectionId: s.id, item })));
	const start = afterItemId ? flat.findIndex((e) => e.item.id === afterItemId) + 1 : 0;
	for (let k = 0; k < flat.length; k++) {
		const entry = flat[(start + k) % flat.length];
		if (entry && !isAnswered(entry.item, answers[entry.item.id]?.value)) {
			return { sectionId: entry.sectionId, itemId: entry.item.id };
		}
	}
	return null;
}
