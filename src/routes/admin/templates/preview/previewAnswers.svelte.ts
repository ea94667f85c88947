import type { ItemAnswers } from '$lib/client/inspections/itemAnswers';
import type { Answer } from '$lib/domain/inspection';

/**
 * The answers of a draft's trial fill, in memory only: nothing is written to the device or sent, and
 * leaving the page forgets them. No inspection on the device has this id (theirs are UUIDs), so the
 * cards' photo buttons find no photos and the device's photo store refuses to keep any for it.
 */
export class PreviewAnswers implements ItemAnswers {
	readonly inspection = { id: 'xem-truoc-ban-nhap' };
	readonly editable = true;
	answers = $state<Record<string, Answer>>({});

	answer(itemId: string): Answer | undefined {
		return this.answers[itemId];
	}

	setValue(itemId: string, value: Answer['value']): void {
		this.#set(itemId, value, this.answers[itemId]?.note ?? '');
	}

	setNote(itemId: string, note: string): void {
		this.#set(itemId, this.answers[itemId]?.value ?? null, note);
	}

	clear(): void {
		this.answers = {};
	}

	#set(itemId: string, value: Answer['value'], note: string): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp string, not reactive state
		this.answers[itemId] = { value, note, updatedAt: new Date().toISOString() };
	}
}
