import type { ChecklistTemplate } from '$lib/domain/checklist';

// Shared with every issued document (conclusions, reports, decisions).
export { administrativeDate, placeName } from '$lib/domain/administrativeDocument';

/**
 * One recommendation as the record states it: "Khắc phục: <what>. Thời hạn: chậm nhất ngày <date>."
 * with the sentence's own closing punctuation dropped first, so it never reads "quy định.. Thời hạn".
 */
export function recommendationSentence(what: string, deadline: string | null, formatDate: (iso: string) => string): string {
	const body = what.trim().replace(/[\s.;,:]+$/u, '');
	return `Khắc phục: ${body}${deadline ? `. Thời hạn: chậm nhất ngày ${formatDate(deadline)}` : ''}.`;
}

/** Recommendations in the order their items come in the checklist (the order of the findings above them). */
export function inItemOrder<T extends { itemId: string }>(template: ChecklistTemplate, recommendations: readonly T[]): T[] {
	const position = new Map<string, number>();
	for (const section of template.sections) for (const item of section.items) position.set(item.id, position.size);
	const at = (r: T) => position.get(r.itemId) ?? Number.MAX_SAFE_INTEGER;
	return [...recommendations].sort((a, b) => at(a) - at(b));
}
