import type { Answer } from '$lib/domain/inspection';

/**
 * What a checklist item's card (routes/inspections/[id]/ChecklistItemCard.svelte) needs of the form
 * it is in: the inspection's id (for its photos), whether it may change, the answers and how to set
 * them. The inspector's InspectionEditor is one (it writes every answer to the device); the admin's
 * draft preview another (answers in memory only), so the preview shows the very cards a phone shows.
 */
export interface ItemAnswers {
	readonly inspection: { readonly id: string };
	readonly editable: boolean;
	answer(itemId: string): Answer | undefined;
	setValue(itemId: string, value: Answer['value']): void;
	setNote(itemId: string, note: string): void;
}
