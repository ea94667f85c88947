import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { bodyOf } from '$lib/domain/templateDraft';
import { fromBody } from './draftForm';
import { hasProblemUnder, problemAddress, problemsByAddress, serverIssues } from './draftIssues';
import { moveItem } from './draftMoves';

const form = () => fromBody(bodyOf(publishedTemplates[0]!));

describe('where a draft’s problems are shown', () => {
	it('names list entries by key, so a message follows its field when entries move', () => {
		const f = form();
		const s = f.sections.findIndex((candidate) => candidate.items.some((i) => i.kind === 'choice'));
		const section = f.sections[s]!;
		const choice = section.items.find((i) => i.kind === 'choice')!;
		const at = section.items.indexOf(choice);
		const option = choice.options[1]!;
		const citation = choice.citations[0]!;
		expect(problemAddress(f, ['sections', s, 'items', at, 'response', 'options', 1, 'label', 'vi'])).toBe(`sections.${section.key}.items.${choice.key}.response.options.${option.key}.label.vi`);
		expect(problemAddress(f, ['sections', s, 'items', at, 'citations', 0, 'effectiveTo'])).toBe(`sections.${section.key}.items.${choice.key}.citations.${citation.key}.effectiveTo`);
		const before = problemAddress(f, ['sections', 0, 'items', 0, 'text', 'en']);
		moveItem(f, { section: 0, index: 0 }, 'down');
		expect(problemAddress(f, ['sections', 0, 'items', 1, 'text', 'en'])).toBe(before);
		expect(problemAddress(f, [])).toBe('');
	});

	it('reads the server’s field errors, without the save’s `content.` wrapper', () => {
		const f = form();
		const issues = serverIssues({ 'content.sections.0.title.vi': ['Quá ngắn'], _: ['Sai'] });
		const problems = problemsByAddress(f, issues);
		const address = `sections.${f.sections[0]!.key}.title.vi`;
		expect(problems).toEqual({ [address]: ['Quá ngắn'], '': ['Sai'] });
		expect(hasProblemUnder(problems, `sections.${f.sections[0]!.key}`)).toBe(true);
		expect(hasProblemUnder(problems, `sections.${f.sections[1]!.key}`)).toBe(false);
	});
});
