import type { Citation } from './citation';
import type { Response } from './checklist';

/** One rule an item breaks, at the path of the field to fix (relative to the item). */
export interface ItemProblem {
	path: (string | number)[];
	message: string;
}

/**
 * What an item must satisfy beyond its shape, checked on every draft save whatever sends it (the
 * editor, an Excel import): number bounds that leave some answer possible, choice ids that tell the
 * options apart (an answer is the option's id), citations that were in force for some day. Kept off
 * the published checklist schema on purpose: versions already published stay readable as they are,
 * and inspector pages do not carry code only administrators need.
 */
export function itemProblems(item: { response: Response; citations: readonly Citation[] }): ItemProblem[] {
	const problems: ItemProblem[] = [];
	const response = item.response;
	if (response.kind === 'number') {
		const { min, max, compliantMin, compliantMax } = response;
		if (min !== undefined && max !== undefined && min > max) {
			problems.push({ path: ['response', 'max'], message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.' });
		}
		if (compliantMin !== undefined && compliantMax !== undefined && compliantMin > compliantMax) {
			problems.push({ path: ['response', 'compliantMax'], message: 'Ngưỡng đạt trên phải không nhỏ hơn ngưỡng đạt dưới.' });
		}
		if (compliantMin !== undefined && max !== undefined && compliantMin > max) {
			problems.push({ path: ['response', 'compliantMin'], message: 'Ngưỡng đạt dưới lớn hơn giá trị lớn nhất: không số nào đạt được.' });
		}
		if (compliantMax !== undefined && min !== undefined && compliantMax < min) {
			problems.push({ path: ['response', 'compliantMax'], message: 'Ngưỡng đạt trên nhỏ hơn giá trị nhỏ nhất: không số nào đạt được.' });
		}
	}
	if (response.kind === 'choice') {
		const seen = new Set<string>();
		response.options.forEach((option, index) => {
			if (seen.has(option.id)) problems.push({ path: ['response', 'options', index, 'id'], message: `Mã lựa chọn "${option.id}" lặp lại trong mục.` });
			seen.add(option.id);
		});
	}
	item.citations.forEach((citation, index) => {
		if (citation.effectiveTo !== undefined && citation.effectiveTo < citation.effectiveFrom) {
			problems.push({ path: ['citations', index, 'effectiveTo'], message: 'Ngày hết hiệu lực phải không trước ngày có hiệu lực.' });
		}
	});
	return problems;
}
