import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { answersProblem } from './answerFit';
import type { Inspection } from './inspection';

const template = publishedTemplates[0]!;
const items = template.sections.flatMap((s) => s.items);
const byKind = (kind: string) => items.find((i) => i.response.kind === kind);
const at = '2026-03-02T08:00:00.000Z';
const answers = (entries: Record<string, string | number | null>): Pick<Inspection, 'answers'> => ({
	answers: Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value, note: '', updatedAt: at }]))
});

describe('answersProblem', () => {
	it('accepts what the form can produce: each kind of answer, unanswered items, photos of items, the whole and follow-ups', () => {
		const compliance = byKind('compliance')!;
		const number = byKind('number');
		const choice = byKind('choice');
		const text = byKind('text');
		const filled: Record<string, string | number | null> = { [compliance.id]: 'violation' };
		if (number?.response.kind === 'number') filled[number.id] = number.response.min ?? 0;
		if (choice?.response.kind === 'choice') filled[choice.id] = choice.response.options[0]!.id;
		if (text) filled[text.id] = 'Ghi nhận tại chỗ';
		const untouched = items.find((i) => !(i.id in filled))!;
		filled[untouched.id] = null;
		expect(answersProblem(template, answers(filled), [{ itemId: null }, { itemId: compliance.id }, { itemId: 'followup.0190a6b2-0000-7000-8000-000000000001' }])).toBeNull();
	});

	it('refuses answers to items the template does not have, however many', () => {
		const flood = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`bia-${i}`, 'compliant']));
		expect(answersProblem(template, answers(flood), [])).toMatch(/^Có 5000 câu trả lời cho mục không có trong mẫu phiếu .* và 4997 mục khác\)\.$/);
	});

	it('refuses an answer of the wrong kind or out of range, and a photo of an unknown item', () => {
		const compliance = byKind('compliance')!;
		expect(answersProblem(template, answers({ [compliance.id]: 'maybe' }), [])).toMatch(/không đúng kiểu/);
		expect(answersProblem(template, answers({ [compliance.id]: 3 }), [])).toMatch(/không đúng kiểu/);
		const number = items.find((i) => i.response.kind === 'number' && i.response.max !== undefined);
		if (number?.response.kind === 'number') {
			expect(answersProblem(template, answers({ [number.id]: (number.response.max ?? 0) + 1 }), [])).toMatch(/ngoài giới hạn/);
			expect(answersProblem(template, answers({ [number.id]: 'năm' }), [])).toMatch(/không đúng kiểu/);
		}
		expect(answersProblem(template, answers({}), [{ itemId: 'muc-khac' }])).toMatch(/ảnh gắn với mục không có/);
	});
});
