import type { ChecklistTemplate } from '$lib/domain/checklist';
import { vietnamDate } from '$lib/domain/dates';

/**
 * "ngày 26 tháng 11 năm 2026", as Nghị định 30/2020 writes a document's date: a leading zero for
 * days below 10 and for months 1 and 2 only (so "tháng 01", but "tháng 3").
 */
export function administrativeDate(instant: string): string {
	const [y, m, d] = vietnamDate(instant).split('-');
	const month = Number(m);
	return `ngày ${d} tháng ${month <= 2 ? m : String(month)} năm ${y}`;
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → "Tuyên Quang": the place name on the date line. */
export function placeName(provinceName: string | undefined): string {
	if (!provinceName) return 'Tuyên Quang';
	const match = /(?:tỉnh|thành phố)\s+(.+)$/i.exec(provinceName);
	return match?.[1] ?? provinceName;
}

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
