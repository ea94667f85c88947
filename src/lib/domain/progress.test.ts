import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistSection, ChecklistTemplate } from './checklist';
import type { Answer, AnswerValue, Inspection } from './inspection';
import { nextUnanswered, overallProgress, sectionProgress } from './progress';

const text = (vi: string) => ({ vi, en: vi });

function item(id: string, response: ChecklistItem['response'] = { kind: 'compliance' }): ChecklistItem {
	return {
		id,
		text: text(`Mục ${id}`),
		guidance: text(`Hướng dẫn ${id}`),
		response,
		severity: 'minor',
		requireOnViolation: { note: false, photo: false },
		required: true,
		citations: [{ document: 'QĐ 129/2007/QĐ-TTg', title: 'Quy chế văn hóa công sở', effectiveFrom: '2007-08-02', confidence: 'S' }]
	};
}

const sectionA: ChecklistSection = {
	id: 'a',
	theme: 'discipline',
	title: text('Phần A'),
	items: [item('a1'), item('a2', { kind: 'text' })]
};
const sectionB: ChecklistSection = {
	id: 'b',
	theme: 'office',
	title: text('Phần B'),
	items: [item('b1', { kind: 'number' }), item('b2')]
};
const template: ChecklistTemplate = {
	id: 'test-progress',
	version: 1,
	title: text('Mẫu thử tiến độ'),
	description: text('Chỉ dùng trong kiểm thử'),
	publishedAt: '2025-07-01',
	sections: [sectionA, sectionB]
};

const answer = (value: AnswerValue, note = ''): Answer => ({ value, note, updatedAt: '2025-07-01T02:00:00.000Z' });
const all: Inspection['answers'] = {
	a1: answer('compliant'),
	a2: answer('Nhận xét'),
	b1: answer(0),
	b2: answer('na')
};

describe('sectionProgress and overallProgress', () => {
	it('count answered items per section and overall', () => {
		const answers = { a1: answer('violation'), b1: answer(12) };
		expect(sectionProgress(sectionA, answers)).toEqual({ answered: 1, total: 2 });
		expect(sectionProgress(sectionB, answers)).toEqual({ answered: 1, total: 2 });
		expect(overallProgress(template, answers)).toEqual({ answered: 2, total: 4 });
		expect(overallProgress(template, {})).toEqual({ answered: 0, total: 4 });
		expect(overallProgress(template, all)).toEqual({ answered: 4, total: 4 });
	});

	it('does not count a text answer of only spaces, a null value or a note alone', () => {
		expect(sectionProgress(sectionA, { a1: answer(null, 'Chưa rõ'), a2: answer('   ') })).toEqual({ answered: 0, total: 2 });
		expect(sectionProgress(sectionA, { a2: answer('\n\t ') })).toEqual({ answered: 0, total: 2 });
	});

	it('counts zero as an answer to a number item, but not a string', () => {
		expect(sectionProgress(sectionB, { b1: answer(0) })).toEqual({ answered: 1, total: 2 });
		expect(sectionProgress(sectionB, { b1: answer('12') })).toEqual({ answered: 0, total: 2 });
	});
});

describe('nextUnanswered', () => {
	it('starts from the top without a current item', () => {
		expect(nextUnanswered(template, {})).toEqual({ sectionId: 'a', itemId: 'a1' });
		expect(nextUnanswered(template, { a1: answer('compliant') })).toEqual({ sectionId: 'a', itemId: 'a2' });
	});

	it('looks after the current item, across sections', () => {
		expect(nextUnanswered(template, {}, 'a2')).toEqual({ sectionId: 'b', itemId: 'b1' });
		expect(nextUnanswered(template, { b1: answer(3) }, 'a1')).toEqual({ sectionId: 'a', itemId: 'a2' });
	});

	it('wraps around to the start', () => {
		expect(nextUnanswered(template, { b1: answer(3), b2: answer('compliant') }, 'b1')).toEqual({ sectionId: 'a', itemId: 'a1' });
		expect(nextUnanswered(template, {}, 'b2')).toEqual({ sectionId: 'a', itemId: 'a1' });
	});

	it('returns the current item when it is the only one left', () => {
		expect(nextUnanswered(template, { ...all, a2: answer('  ') }, 'a2')).toEqual({ sectionId: 'a', itemId: 'a2' });
	});

	it('starts from the top for an unknown current item', () => {
		expect(nextUnanswered(template, {}, 'gone')).toEqual({ sectionId: 'a', itemId: 'a1' });
	});

	it('returns null when everything is answered', () => {
		expect(nextUnanswered(template, all)).toBeNull();
		expect(nextUnanswered(template, all, 'b1')).toBeNull();
	});
});
