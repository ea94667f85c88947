import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistTemplate } from './checklist';
import { finalizeProblems } from './finalize';
import type { Answer, AnswerValue, Inspection } from './inspection';

const text = (vi: string) => ({ vi, en: vi });

function item(
	id: string,
	response: ChecklistItem['response'],
	options: { required?: boolean; note?: boolean; photo?: boolean } = {}
): ChecklistItem {
	return {
		id,
		text: text(`Mục ${id}`),
		guidance: text(`Hướng dẫn ${id}`),
		response,
		severity: 'major',
		requireOnViolation: { note: options.note ?? false, photo: options.photo ?? false },
		required: options.required ?? true,
		citations: [{ document: 'QĐ 129/2007/QĐ-TTg', title: 'Quy chế văn hóa công sở', effectiveFrom: '2007-08-02', confidence: 'S' }]
	};
}

const template: ChecklistTemplate = {
	id: 'test-finalize',
	version: 1,
	title: text('Mẫu thử hoàn tất'),
	description: text('Chỉ dùng trong kiểm thử'),
	publishedAt: '2025-07-01',
	sections: [
		{
			id: 'trang-phuc',
			theme: 'dress',
			title: text('Trang phục, thẻ'),
			items: [
				item('card-worn', { kind: 'compliance' }, { note: true, photo: true }),
				item('dress-neat', { kind: 'compliance' }, { note: true }),
				item('optional-check', { kind: 'compliance' }, { required: false })
			]
		},
		{
			id: 'mot-cua',
			theme: 'it-services',
			title: text('Một cửa'),
			items: [
				item('listing', {
					kind: 'choice',
					options: [
						{ id: 'yes', label: text('Có'), outcome: 'compliant' },
						{ id: 'no', label: text('Không'), outcome: 'violation' }
					]
				}),
				item('online-share', { kind: 'number', min: 0, max: 100, compliantMin: 30 }, { photo: true }),
				item('remarks', { kind: 'text' }, { required: false })
			]
		}
	]
};

const answer = (value: AnswerValue, note = ''): Answer => ({ value, note, updatedAt: '2025-07-01T02:00:00.000Z' });

const complete: Inspection['answers'] = {
	'card-worn': answer('compliant'),
	'dress-neat': answer('compliant'),
	listing: answer('yes'),
	'online-share': answer(45)
};
const representative = { name: 'Nguyễn Thị Lan', position: 'Phó Chủ tịch UBND xã' };
const team: Inspection['team'] = [{ accountId: 'u-1', name: 'Trần Văn Hùng', position: '', role: 'lead' }];

const problemsFor = (answers: Inspection['answers'], photoCounts?: ReadonlyMap<string, number>) =>
	finalizeProblems(template, { answers, representative, team }, photoCounts);

describe('finalizeProblems', () => {
	it('finds nothing in a complete inspection', () => {
		expect(problemsFor(complete)).toEqual([]);
	});

	it('reports required unanswered items with section and item, in template order', () => {
		expect(problemsFor({})).toEqual([
			{ kind: 'unanswered', sectionId: 'trang-phuc', itemId: 'card-worn' },
			{ kind: 'unanswered', sectionId: 'trang-phuc', itemId: 'dress-neat' },
			{ kind: 'unanswered', sectionId: 'mot-cua', itemId: 'listing' },
			{ kind: 'unanswered', sectionId: 'mot-cua', itemId: 'online-share' }
		]);
	});

	it('treats a null value with a note as unanswered', () => {
		expect(problemsFor({ ...complete, listing: answer(null, 'Đang hỏi cán bộ') })).toEqual([
			{ kind: 'unanswered', sectionId: 'mot-cua', itemId: 'listing' }
		]);
	});

	it('requires a note on a violation when the item asks for one', () => {
		expect(problemsFor({ ...complete, 'dress-neat': answer('violation', '   ') })).toEqual([
			{ kind: 'note-required', sectionId: 'trang-phuc', itemId: 'dress-neat' }
		]);
		expect(problemsFor({ ...complete, 'dress-neat': answer('violation', 'Đi dép không quai hậu') })).toEqual([]);
	});

	it('requires a photo on a violation, counted by the evidence layer', () => {
		const answers = { ...complete, 'online-share': answer(10) };
		const missing = { kind: 'photo-required', sectionId: 'mot-cua', itemId: 'online-share' };
		expect(problemsFor(answers)).toEqual([missing]);
		expect(problemsFor(answers, new Map([['online-share', 0]]))).toEqual([missing]);
		expect(problemsFor(answers, new Map([['card-worn', 3]]))).toEqual([missing]);
		expect(problemsFor(answers, new Map([['online-share', 1]]))).toEqual([]);
	});

	it('asks for both note and photo when both are missing', () => {
		expect(problemsFor({ ...complete, 'card-worn': answer('violation') })).toEqual([
			{ kind: 'note-required', sectionId: 'trang-phuc', itemId: 'card-worn' },
			{ kind: 'photo-required', sectionId: 'trang-phuc', itemId: 'card-worn' }
		]);
	});

	it('asks for nothing extra on a compliant or N/A answer', () => {
		expect(problemsFor({ ...complete, 'card-worn': answer('na') })).toEqual([]);
	});

	it('reports values the item does not allow', () => {
		const invalid = (sectionId: string, itemId: string) => ({ kind: 'invalid-value', sectionId, itemId });
		expect(problemsFor({ ...complete, listing: answer('maybe') })).toEqual([invalid('mot-cua', 'listing')]);
		expect(problemsFor({ ...complete, 'online-share': answer(150) })).toEqual([invalid('mot-cua', 'online-share')]);
		expect(problemsFor({ ...complete, 'online-share': answer(-1) })).toEqual([invalid('mot-cua', 'online-share')]);
		expect(problemsFor({ ...complete, 'card-worn': answer('yes') })).toEqual([invalid('trang-phuc', 'card-worn')]);
		// An optional item is still checked once answered.
		expect(problemsFor({ ...complete, 'optional-check': answer('maybe') })).toEqual([invalid('trang-phuc', 'optional-check')]);
	});

	it('counts a value of the wrong type as unanswered', () => {
		expect(problemsFor({ ...complete, 'online-share': answer('45') })).toEqual([
			{ kind: 'unanswered', sectionId: 'mot-cua', itemId: 'online-share' }
		]);
		expect(problemsFor({ ...complete, 'card-worn': answer(1) })).toEqual([
			{ kind: 'unanswered', sectionId: 'trang-phuc', itemId: 'card-worn' }
		]);
	});

	it('accepts the bounds of a number range', () => {
		expect(problemsFor({ ...complete, 'online-share': answer(100) })).toEqual([]);
		expect(problemsFor({ ...complete, 'online-share': answer(0) }, new Map([['online-share', 1]]))).toEqual([]);
	});

	it('reports a missing representative last', () => {
		const blank = finalizeProblems(template, { answers: {}, representative: { name: '  ', position: '' }, team });
		expect(blank.at(-1)).toEqual({ kind: 'representative-missing' });
		expect(
			finalizeProblems(template, { answers: complete, representative: { name: '', position: 'Chủ tịch' }, team })
		).toEqual([{ kind: 'representative-missing' }]);
	});

	it('asks for a trưởng đoàn, who signs the biên bản for the team', () => {
		const noHead = [{ ...team[0]!, role: 'deputy' as const }, { accountId: null, name: 'Lê Thị Hoa', position: '', role: 'member' as const }];
		expect(finalizeProblems(template, { answers: complete, representative, team: noHead })).toEqual([{ kind: 'team-lead-missing' }]);
	});
});
