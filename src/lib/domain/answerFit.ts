import { followUpPhotoItemId, type Inspection } from './inspection';
import type { ChecklistItem, ChecklistTemplate } from './checklist';
import type { PhotoMeta } from './evidence';
import { SIGNED_PAPER_ITEM_ID } from './signedPaper';

/**
 * Whether an inspection's answers and photos fit the template version it names, as the form lets an
 * inspector fill it: an answer only for an item of that template and of that item's kind (one of
 * Đạt / Vi phạm / Không áp dụng, an option of the choice, a number within the item's range, text),
 * a photo only of the whole inspection, an item, a follow-up, or the signed paper page (signedPaper.ts). Null when everything fits, else the
 * reason, in Vietnamese, naming what does not. The server refuses a record that does not fit before
 * it stores anything: 5,000 made-up answer ids were once accepted and kept.
 */
export function answersProblem(template: ChecklistTemplate, inspection: { answers: Record<string, { value: Inspection['answers'][string]['value'] }> }, photos: readonly Pick<PhotoMeta, 'itemId'>[]): string | null {
	const items = new Map<string, ChecklistItem>();
	for (const section of template.sections) for (const item of section.items) items.set(item.id, item);

	const unknown = Object.keys(inspection.answers).filter((id) => !items.has(id));
	if (unknown.length > 0) return `Có ${unknown.length} câu trả lời cho mục không có trong mẫu phiếu ${template.id} phiên bản ${template.version} (${sample(unknown)}).`;

	const misfit: string[] = [];
	for (const [id, answer] of Object.entries(inspection.answers)) {
		const item = items.get(id) as ChecklistItem;
		if (answer.value !== null && !valueFits(item, answer.value)) misfit.push(id);
	}
	if (misfit.length > 0) return `Có ${misfit.length} câu trả lời không đúng kiểu hoặc ngoài giới hạn của mục (${sample(misfit)}).`;

	const followUpPrefix = followUpPhotoItemId('');
	const strayPhotos = photos.filter((p) => p.itemId !== null && p.itemId !== SIGNED_PAPER_ITEM_ID && !items.has(p.itemId) && !p.itemId.startsWith(followUpPrefix));
	if (strayPhotos.length > 0) return `Có ${strayPhotos.length} ảnh gắn với mục không có trong mẫu phiếu (${sample(strayPhotos.map((p) => p.itemId ?? ''))}).`;
	return null;
}

/** Whether a value is one the item's kind allows (an option of the choice, a number within range …). */
export function valueFits(item: ChecklistItem, value: unknown): boolean {
	const response = item.response;
	switch (response.kind) {
		case 'compliance':
			return value === 'compliant' || value === 'violation' || value === 'na';
		case 'choice':
			return response.options.some((o) => o.id === value);
		case 'number':
			return (
				typeof value === 'number' &&
				Number.isFinite(value) &&
				(response.min === undefined || value >= response.min) &&
				(response.max === undefined || value <= response.max)
			);
		case 'text':
			return typeof value === 'string';
	}
}

function sample(ids: readonly string[]): string {
	const shown = ids.slice(0, 3).map((id) => `"${id.slice(0, 60)}"`);
	return ids.length > 3 ? `${shown.join(', ')} và ${ids.length - 3} mục khác` : shown.join(', ');
}
