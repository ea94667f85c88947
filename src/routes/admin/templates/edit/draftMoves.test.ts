import { describe, expect, it } from 'vitest';
import { blankItem, blankSection, type DraftForm } from './draftForm';
import { itemStep, moveItem, moveSection } from './draftMoves';

function twoSections(): DraftForm {
	const a = blankSection('discipline');
	a.items.push(blankItem());
	const b = blankSection('dress');
	return { title: { vi: 'x', en: 'x' }, description: { vi: 'x', en: 'x' }, sections: [a, b] };
}

describe('moving entries one step', () => {
	it('moves an item within its section, then across into the next and back', () => {
		const form = twoSections();
		const [first, second] = form.sections[0]!.items;
		expect(moveItem(form, { section: 0, index: 0 }, 'down')).toEqual({ section: 0, index: 1 });
		expect(form.sections[0]!.items).toEqual([second, first]);
		// The last item of a section goes down to the start of the next one.
		expect(moveItem(form, { section: 0, index: 1 }, 'down')).toEqual({ section: 1, index: 0 });
		expect(form.sections[1]!.items[0]).toBe(first);
		// The first item of a section goes up to the end of the one before.
		expect(moveItem(form, { section: 1, index: 0 }, 'up')).toEqual({ section: 0, index: 1 });
		expect(form.sections[0]!.items.at(-1)).toBe(first);
	});

	it('does not move past either end', () => {
		const form = twoSections();
		expect(itemStep(form, { section: 0, index: 0 }, 'up')).toBeNull();
		expect(moveItem(form, { section: 1, index: 0 }, 'down')).toBeNull();
		expect(moveSection(form, 0, 'up')).toBeNull();
		expect(moveSection(form, 1, 'down')).toBeNull();
	});

	it('moves a section with its items', () => {
		const form = twoSections();
		const [a, b] = form.sections;
		expect(moveSection(form, 1, 'up')).toBe(0);
		expect(form.sections).toEqual([b, a]);
		expect(form.sections[1]!.items).toHaveLength(2);
	});
});
