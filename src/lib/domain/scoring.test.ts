import { describe, expect, it } from 'vitest';
import { ChecklistTemplateSchema, type ChecklistItem, type ChecklistTemplate } from './checklist';
import type { Citation } from './citation';
import type { Answer, AnswerValue, Inspection } from './inspection';
import { SEVERITY_WEIGHT, scoreInspection, scorableItemCount, tallyAnswers } from './scoring';

const text = (vi: string) => ({ vi, en: vi });

const oldRule: Citation = {
	document: 'NĐ 112/2020/NĐ-CP',
	title: 'Nghị định về xử lý kỷ luật cán bộ, công chức, viên chức',
	article: 'Điều 8',
	effectiveFrom: '2020-11-20',
	effectiveTo: '2025-06-30',
	confidence: 'S'
};
const newRule: Citation = {
	document: 'NĐ 172/2025/NĐ-CP',
	title: 'Nghị định về xử lý kỷ luật cán bộ, công chức',
	article: 'Điều 8',
	clause: 'khoản 1',
	effectiveFrom: '2025-07-01',
	confidence: 'V'
};
const listingRule: Citation = {
	document: 'NĐ 63/2010/NĐ-CP',
	title: 'Nghị định về kiểm soát thủ tục hành chính',
	article: 'Điều 17',
	effectiveFrom: '2010-06-14',
	confidence: 'V'
};

function item(id: string, severity: ChecklistItem['severity'], response: ChecklistItem['response'], citations = [listingRule]): ChecklistItem {
	return {
		id,
		text: text(`Mục ${id}`),
		guidance: text(`Hướng dẫn ${id}`),
		response,
		severity,
		requireOnViolation: { note: true, photo: false },
		required: true,
		citations
	};
}

/**
 * Two themes over three sections, so a theme's tally has to add up across sections:
 * discipline = s-kyluat + s-giotam; public-listing = s-niemyet.
 */
const template: ChecklistTemplate = {
	id: 'test-scoring',
	version: 1,
	title: text('Mẫu thử chấm điểm'),
	description: text('Chỉ dùng trong kiểm thử'),
	publishedAt: '2025-07-01',
	sections: [
		{
			id: 's-kyluat',
			theme: 'discipline',
			title: text('Kỷ luật, kỷ cương'),
			items: [
				item('minor-check', 'minor', { kind: 'compliance' }),
				item('late-arrival', 'major', { kind: 'compliance' }, [oldRule, newRule]),
				item('online-share', 'critical', { kind: 'number', unit: text('%'), min: 0, max: 100, compliantMin: 30 })
			]
		},
		{
			id: 's-niemyet',
			theme: 'public-listing',
			title: text('Niêm yết thủ tục hành chính'),
			items: [
				item('listing', 'major', {
					kind: 'choice',
					options: [
						{ id: 'posted-and-electronic', label: text('Niêm yết giấy và điện tử'), outcome: 'compliant' },
						{ id: 'posted-only', label: text('Chỉ niêm yết giấy'), outcome: 'violation' },
						{ id: 'no-procedures', label: text('Không có thủ tục'), outcome: 'na' },
						{ id: 'unknown', label: text('Chưa xác định') }
					]
				}),
				item('remarks', 'minor', { kind: 'text' }),
				item('no-altar', 'critical', { kind: 'compliance' })
			]
		},
		{
			id: 's-giotam',
			theme: 'discipline',
			title: text('Giờ làm việc'),
			items: [item('on-time', 'minor', { kind: 'compliance' })]
		}
	]
};

const UPDATED = '2025-07-01T02:00:00.000Z';
const answer = (value: AnswerValue, note = ''): Answer => ({ value, note, updatedAt: UPDATED });

/** Started at 03:00 on 1/7/2025 in Vietnam, but still 30/6 in UTC. */
const JULY_1_VN = '2025-06-30T20:00:00.000Z';

const mixedAnswers: Inspection['answers'] = {
	'minor-check': answer('compliant'),
	'late-arrival': answer('violation', 'Hai công chức đến muộn 30 phút'),
	'online-share': answer(20),
	listing: answer('posted-and-electronic'),
	remarks: answer('Trụ sở gọn gàng'),
	'no-altar': answer('na'),
	'on-time': answer('compliant')
};

describe('scoreInspection', () => {
	it('uses a template that passes its own schema', () => {
		expect(ChecklistTemplateSchema.safeParse(template).success).toBe(true);
	});

	it('rates compliant ÷ (compliant + violation), leaving N/A and unscored items out', () => {
		const { overall } = scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN });
		// compliant: minor-check, listing, on-time; violation: late-arrival, online-share (20 < 30);
		// na: no-altar; remarks (text) carries no score.
		expect(overall.compliant).toBe(3);
		expect(overall.violation).toBe(2);
		expect(overall.na).toBe(1);
		expect(overall.rate).toBeCloseTo(3 / 5);
	});

	it('weights severities 1 / 3 / 5', () => {
		expect(SEVERITY_WEIGHT).toEqual({ minor: 1, major: 3, critical: 5 });
		const { overall } = scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN });
		// compliant: minor 1 + major 3 + minor 1 = 5; violation: major 3 + critical 5 = 8.
		expect(overall.weighted).toBeCloseTo(5 / 13);
	});

	it('tallies per theme across sections', () => {
		const { byTheme } = scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN });
		expect([...byTheme.keys()].sort()).toEqual(['discipline', 'public-listing']);
		// discipline: minor-check ✓(1), late-arrival ✗(3), online-share ✗(5), on-time ✓(1).
		expect(byTheme.get('discipline')).toEqual({ compliant: 2, violation: 2, na: 0, rate: 0.5, weighted: 2 / 10 });
		// public-listing: listing ✓(3), no-altar N/A, remarks unscored.
		expect(byTheme.get('public-listing')).toEqual({ compliant: 1, violation: 0, na: 1, rate: 1, weighted: 1 });
	});

	it('tallies per section', () => {
		const { bySection } = scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN });
		const kyluat = bySection.get('s-kyluat');
		expect(kyluat).toMatchObject({ compliant: 1, violation: 2, na: 0 });
		expect(kyluat?.rate).toBeCloseTo(1 / 3);
		expect(kyluat?.weighted).toBeCloseTo(1 / 9);
		expect(bySection.get('s-niemyet')).toEqual({ compliant: 1, violation: 0, na: 1, rate: 1, weighted: 1 });
		expect(bySection.get('s-giotam')).toEqual({ compliant: 1, violation: 0, na: 0, rate: 1, weighted: 1 });
	});

	it('gives null rates when nothing scorable was answered', () => {
		const none = scoreInspection(template, { answers: {}, startedAt: JULY_1_VN });
		expect(none.overall).toEqual({ compliant: 0, violation: 0, na: 0, rate: null, weighted: null });
		expect(none.byTheme.get('discipline')?.rate).toBeNull();
		expect(none.bySection.get('s-niemyet')?.weighted).toBeNull();
		expect(none.violations).toEqual([]);
		expect(none.criticalViolations).toBe(0);

		const onlyNaAndText = scoreInspection(template, {
			answers: { 'no-altar': answer('na'), remarks: answer('Ghi chú'), listing: answer('unknown') },
			startedAt: JULY_1_VN
		});
		expect(onlyNaAndText.overall).toEqual({ compliant: 0, violation: 0, na: 1, rate: null, weighted: null });
	});

	it('reads numbers against compliantMin, inclusive', () => {
		const at = (value: number) =>
			scoreInspection(template, { answers: { 'online-share': answer(value) }, startedAt: JULY_1_VN }).overall;
		expect(at(30)).toMatchObject({ compliant: 1, violation: 0 });
		expect(at(29.9)).toMatchObject({ compliant: 0, violation: 1 });
	});

	it('reads choices by the outcome of the option', () => {
		const at = (value: string) =>
			scoreInspection(template, { answers: { listing: answer(value) }, startedAt: JULY_1_VN }).overall;
		expect(at('posted-only')).toMatchObject({ compliant: 0, violation: 1, na: 0 });
		expect(at('no-procedures')).toMatchObject({ compliant: 0, violation: 0, na: 1 });
		expect(at('unknown')).toMatchObject({ compliant: 0, violation: 0, na: 0 });
	});

	it('lists violations in template order with the note and the citations in force on the Vietnam date', () => {
		const { violations } = scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN });
		expect(violations.map((v) => [v.sectionId, v.theme, v.item.id])).toEqual([
			['s-kyluat', 'discipline', 'late-arrival'],
			['s-kyluat', 'discipline', 'online-share']
		]);
		expect(violations[0]?.note).toBe('Hai công chức đến muộn 30 phút');
		expect(violations[0]?.citations).toEqual([newRule]);
		expect(violations[1]?.note).toBe('');
	});

	it('quotes the old rule for an inspection before the change', () => {
		const answers = { 'late-arrival': answer('violation', 'Vắng mặt không lý do') };
		const cite = (startedAt: string) =>
			scoreInspection(template, { answers, startedAt }).violations[0]?.citations.map((c) => c.document);
		expect(cite('2025-06-29T03:00:00.000Z')).toEqual(['NĐ 112/2020/NĐ-CP']);
		// 23:59:59 on 30/6 in Vietnam, then midnight of 1/7.
		expect(cite('2025-06-30T16:59:59.000Z')).toEqual(['NĐ 112/2020/NĐ-CP']);
		expect(cite('2025-06-30T17:00:00.000Z')).toEqual(['NĐ 172/2025/NĐ-CP']);
		// Before any of the texts: all citations are kept rather than none.
		expect(cite('2019-01-01T03:00:00.000Z')).toEqual(['NĐ 112/2020/NĐ-CP', 'NĐ 172/2025/NĐ-CP']);
	});

	it('counts critical violations', () => {
		const { criticalViolations } = scoreInspection(template, {
			answers: { ...mixedAnswers, 'no-altar': answer('violation', 'Có bàn thờ trong phòng làm việc') },
			startedAt: JULY_1_VN
		});
		expect(criticalViolations).toBe(2);
		expect(scoreInspection(template, { answers: mixedAnswers, startedAt: JULY_1_VN }).criticalViolations).toBe(1);
	});
});

describe('tallyAnswers', () => {
	it('counts the overall tally exactly as scoreInspection, passing each item its outcome in form order', () => {
		const cases = [mixedAnswers, {}, { 'minor-check': answer('violation'), 'on-time': answer(null) }];
		for (const answers of cases) {
			const seen: [string, string | null][] = [];
			const tally = tallyAnswers(template, answers, (item, outcome) => seen.push([item.id, outcome]));
			expect(tally).toEqual(scoreInspection(template, { answers, startedAt: JULY_1_VN }).overall);
			expect(seen.map(([id]) => id)).toEqual(template.sections.flatMap((s) => s.items.map((i) => i.id)));
		}
		const seen = new Map<string, string | null>();
		tallyAnswers(template, mixedAnswers, (item, outcome) => seen.set(item.id, outcome));
		expect([seen.get('online-share'), seen.get('remarks'), seen.get('no-altar')]).toEqual(['violation', null, 'na']);
	});
});

describe('scorableItemCount', () => {
	it('counts every item except free text', () => {
		expect(scorableItemCount(template)).toBe(6);
	});
});
