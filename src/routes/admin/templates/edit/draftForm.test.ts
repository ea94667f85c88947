import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { DraftInputSchema, bodyOf } from '$lib/domain/templateDraft';
import { blankItem, blankOption, fromBody, takeIds, toInput } from './draftForm';
import { problemsByAddress } from './draftIssues';

describe('the item editor’s fields', () => {
	it.each(publishedTemplates.map((t) => [t.id, t] as const))('hold %s and give back the same content, which the draft schema accepts', (_, template) => {
		const body = bodyOf(template);
		const input = toInput(fromBody(body));
		expect(input).toEqual({ title: body.title, description: body.description, sections: body.sections });
		expect(DraftInputSchema.safeParse(input).success).toBe(true);
	});

	it('reads bounds typed with a comma, leaves empty ones out, and lets the schema name a bound that is no figure', () => {
		const form = fromBody(bodyOf(publishedTemplates[0]!));
		const section = form.sections[0]!;
		const item = section.items[0]!;
		item.kind = 'number';
		item.min = '0';
		item.max = '45,5';
		item.compliantMin = '';
		item.compliantMax = 'mười';
		const response = toInput(form).sections[0]!.items[0]!.response;
		expect(response).toMatchObject({ kind: 'number', min: 0, max: 45.5 });
		expect(response).not.toHaveProperty('compliantMin');
		const parsed = DraftInputSchema.safeParse(toInput(form));
		expect(parsed.success).toBe(false);
		if (parsed.success) return;
		expect(Object.keys(problemsByAddress(form, parsed.error.issues))).toEqual([`sections.${section.key}.items.${item.key}.response.compliantMax`]);
	});

	it('keeps a choice’s options while the kind changes, and sends them only for a choice', () => {
		const form = fromBody(bodyOf(publishedTemplates[0]!));
		const item = form.sections[0]!.items[0]!;
		item.kind = 'choice';
		item.options.push(blankOption(item));
		item.options.push(blankOption(item));
		expect(item.options.map((o) => o.id)).toEqual(['lua-chon-1', 'lua-chon-2']);
		item.kind = 'compliance';
		expect(toInput(form).sections[0]!.items[0]!.response).toEqual({ kind: 'compliance' });
		item.kind = 'choice';
		expect(toInput(form).sections[0]!.items[0]!.response).toMatchObject({ kind: 'choice', options: [{ id: 'lua-chon-1' }, { id: 'lua-chon-2' }] });
	});

	it('sends a new item without an id and takes the id the store gave it, in place', () => {
		const form = fromBody(bodyOf(publishedTemplates[0]!));
		const added = blankItem();
		form.sections[1]!.items.push(added);
		const sent = toInput(form);
		expect(sent.sections[1]!.items.at(-1)).not.toHaveProperty('id');
		const saved = { ...bodyOf(publishedTemplates[0]!), sections: sent.sections.map((s, i) => ({ ...s, id: s.id ?? `s${i}`, items: s.items.map((item) => ({ ...item, id: item.id ?? 'communication.1' })) })) };
		takeIds(form, saved);
		expect(form.sections[1]!.items.at(-1)).toBe(added);
		expect(added.id).toBe('communication.1');
	});
});
