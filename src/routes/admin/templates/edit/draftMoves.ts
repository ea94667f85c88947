import type { DraftForm } from './draftForm';

export type Direction = 'up' | 'down';

/** Where an item is: its section's position and its own within it (0-based). */
export interface ItemPlace {
	section: number;
	index: number;
}

/**
 * Where one step up or down takes an item: within its section, or across into the neighbouring one
 * (the first item of a section goes up to the end of the section before; the last goes down to the
 * start of the next). Null when there is nowhere to go (the first item of all, the last of all).
 */
export function itemStep(form: DraftForm, from: ItemPlace, direction: Direction): ItemPlace | null {
	const section = form.sections[from.section];
	if (!section) return null;
	if (direction === 'up') {
		if (from.index > 0) return { section: from.section, index: from.index - 1 };
		const previous = form.sections[from.section - 1];
		return previous ? { section: from.section - 1, index: previous.items.length } : null;
	}
	if (from.index < section.items.length - 1) return { section: from.section, index: from.index + 1 };
	return form.sections[from.section + 1] ? { section: from.section + 1, index: 0 } : null;
}

/** Moves an item one step (itemStep); returns where it is now, or null when it did not move. */
export function moveItem(form: DraftForm, from: ItemPlace, direction: Direction): ItemPlace | null {
	const to = itemStep(form, from, direction);
	const source = form.sections[from.section];
	const target = to ? form.sections[to.section] : undefined;
	if (!to || !source || !target) return null;
	const [item] = source.items.splice(from.index, 1);
	if (!item) return null;
	target.items.splice(to.index, 0, item);
	return to;
}

/** Moves a section one place; returns its new position, or null at either end. */
export function moveSection(form: DraftForm, from: number, direction: Direction): number | null {
	const to = direction === 'up' ? from - 1 : from + 1;
	if (to < 0 || to >= form.sections.length || !form.sections[from]) return null;
	const [section] = form.sections.splice(from, 1);
	if (!section) return null;
	form.sections.splice(to, 0, section);
	return to;
}
