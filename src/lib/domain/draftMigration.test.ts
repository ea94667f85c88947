import { describe, expect, it } from 'vitest';
import { complianceItem, testTemplate } from '$lib/testing/checklistFixtures';
import type { ChecklistItem, ChecklistTemplate } from './checklist';
import { applyMove, planMove } from './draftMigration';
import { InspectionSchema, type Answer, type Inspection } from './inspection';
import { buildManifest, InspectionManifestSchema, manifestText } from './manifest';
import { setAsideAnswers } from './setAsideAnswers';
import { diffTemplates } from './templateDiff';

const AT = '2026-03-02T02:00:00.000Z';
const NOW = new Date('2026-03-05T03:00:00.000Z');
const answer = (value: Answer['value'], note = ''): Answer => ({ value, note, updatedAt: AT });

const choice = (id: string, options: { id: string; outcome?: 'compliant' | 'violation' }[]): ChecklistItem => ({
	...complianceItem(id),
	response: { kind: 'choice', options: options.map((o) => ({ id: o.id, label: { vi: o.id, en: o.id }, ...(o.outcome ? { outcome: o.outcome } : {}) })) }
});
const number = (id: string, min: number, max: number): ChecklistItem => ({ ...complianceItem(id), response: { kind: 'number', min, max } });

const V1: ChecklistTemplate = testTemplate('mau', [
	complianceItem('dress.wording'),
	complianceItem('dress.removed'),
	complianceItem('dress.kind'),
	choice('dress.choice', [{ id: 'a', outcome: 'compliant' }, { id: 'b', outcome: 'violation' }, { id: 'c' }]),
	number('dress.number', 0, 100),
	complianceItem('dress.untouched-removed')
]);
const V2: ChecklistTemplate = testTemplate(
	'mau',
	[
		complianceItem('dress.wording', { text: { vi: 'Lời mới', en: 'New words' }, severity: 'major' }),
		{ ...complianceItem('dress.kind'), response: { kind: 'text' } },
		choice('dress.choice', [{ id: 'a', outcome: 'compliant' }, { id: 'b', outcome: 'violation' }]),
		number('dress.number', 0, 10),
		complianceItem('dress.added')
	],
	{ version: 2 }
);

function draft(): Inspection {
	return {
		id: '0190f3c2-5d7e-7a00-8000-000000000001',
		templateId: 'mau',
		templateVersion: 1,
		agencyId: 'so-noi-vu',
		inspectorId: 'u1',
		inspectorName: 'An',
		team: [{ accountId: null, name: 'An', position: '', role: 'lead' }],
		startedAt: AT,
		finishedAt: null,
		answers: {
			'dress.wording': answer('violation', 'Không đeo thẻ'),
			'dress.removed': answer('compliant', 'Đã xem'),
			'dress.kind': answer('violation', 'Ghi chú giữ lại'),
			'dress.choice': answer('c'),
			'dress.number': answer(42)
		},
		generalNotes: '',
		representative: { name: '', position: '' },
		status: 'draft',
		revision: 1,
		updatedAt: AT
	};
}

const PHOTOS = [
	{ id: 'photo-removed', itemId: 'dress.removed' },
	{ id: 'photo-kept', itemId: 'dress.wording' },
	{ id: 'photo-whole', itemId: null }
];

describe('template diff', () => {
	it('lists added, removed and changed items by stable id, telling a change of meaning from one of wording', () => {
		const diff = diffTemplates(V1, V2);
		expect(diff.added.map((i) => i.id)).toEqual(['dress.added']);
		expect(diff.removed.map((i) => i.id)).toEqual(['dress.removed', 'dress.untouched-removed']);
		expect(diff.changed.map((c) => [c.id, c.fields, c.meaning])).toEqual([
			['dress.wording', ['text', 'severity'], false],
			['dress.kind', ['response'], true],
			['dress.choice', ['response'], true],
			['dress.number', ['response'], true]
		]);
		expect(diffTemplates(V1, V1)).toEqual({ added: [], removed: [], changed: [] });
	});
});

describe('moving a draft to a newer version', () => {
	it('plans, before the inspector accepts, what carries over, what changed meaning and what the new version lacks', () => {
		const plan = planMove(draft(), V1, V2, PHOTOS);
		expect(plan.carried).toEqual(['dress.wording']);
		expect(plan.changedMeaning.map((c) => [c.change.id, c.keeps])).toEqual([
			['dress.kind', false],
			['dress.choice', false],
			['dress.number', false]
		]);
		// Removed items with an answer or a photo are listed; one never touched is not.
		expect(plan.removed.map((i) => i.id)).toEqual(['dress.removed']);
		expect(plan.added.map((i) => i.id)).toEqual(['dress.added']);
	});

	it('keeps an answer the changed item still accepts (an option that stayed, a number within the new range)', () => {
		const kept = { ...draft(), answers: { 'dress.choice': answer('a'), 'dress.number': answer(7) } };
		const plan = planMove(kept, V1, V2, []);
		expect(plan.changedMeaning.map((c) => c.keeps)).toEqual([true, true]);
		const moved = applyMove(kept, V1, V2, [], NOW).inspection;
		expect(moved.answers).toEqual(kept.answers);
		expect(moved.templateMoves?.[0]?.setAside).toEqual({});
	});

	it('moves the draft: answers carried by id, the rest set aside with their notes kept, photos of removed items kept on the inspection; nothing is lost', () => {
		const before = draft();
		const { inspection, detach } = applyMove(before, V1, V2, PHOTOS, NOW);
		expect(inspection.templateVersion).toBe(2);
		expect(inspection.answers).toEqual({
			'dress.wording': answer('violation', 'Không đeo thẻ'),
			// The kind changed: the value no longer fits, the note stays on the item.
			'dress.kind': answer(null, 'Ghi chú giữ lại')
		});
		expect(inspection.templateMoves).toEqual([
			{
				fromVersion: 1,
				toVersion: 2,
				at: NOW.toISOString(),
				setAside: {
					'dress.removed': before.answers['dress.removed'],
					'dress.kind': before.answers['dress.kind'],
					'dress.choice': before.answers['dress.choice'],
					'dress.number': before.answers['dress.number']
				},
				detachedPhotos: { 'photo-removed': 'dress.removed' }
			}
		]);
		expect(detach).toEqual(['photo-removed']);
		// Every answer given is either on the new version or set aside.
		const everywhere = { ...inspection.answers, ...inspection.templateMoves?.[0]?.setAside };
		for (const id of Object.keys(before.answers)) expect(everywhere[id]).toBeDefined();
		// The moved draft is a valid record (the server's schema keeps the move).
		expect(InspectionSchema.parse(inspection)).toEqual(inspection);
	});

	it('refuses to move to another template or back to an older version', () => {
		expect(() => planMove(draft(), V2, V1, [])).toThrow();
		expect(() => planMove(draft(), V1, { ...V2, id: 'khac' }, [])).toThrow();
	});
});

describe('what a move set aside, after the move', () => {
	it('travels inside the signed record, which still parses; a record of a draft that never moved has no such key', () => {
		const { inspection } = applyMove(draft(), V1, V2, PHOTOS, NOW);
		const signer = { inspectorName: 'An', deviceId: '0190f3c2-5d7e-7a00-8000-0000000000ff' };
		const manifest = buildManifest(inspection, [], signer, NOW.toISOString());
		const parsed = InspectionManifestSchema.parse(JSON.parse(manifestText(manifest)));
		expect(parsed.templateMoves?.[0]?.setAside['dress.removed']).toEqual(answer('compliant', 'Đã xem'));
		expect(parsed.template.version).toBe(2);
		expect('templateMoves' in buildManifest(draft(), [], signer, NOW.toISOString())).toBe(false);
	});

	it('is listed for the biên bản in the form order of the version answered, with its item as that version had it', () => {
		const { inspection } = applyMove(draft(), V1, V2, PHOTOS, NOW);
		const rows = setAsideAnswers(inspection.templateMoves, new Map([[1, V1]]));
		expect(rows.map((r) => [r.itemId, r.value, r.note, r.fromVersion, r.toVersion])).toEqual([
			['dress.removed', 'compliant', 'Đã xem', 1, 2],
			['dress.kind', 'violation', 'Ghi chú giữ lại', 1, 2],
			['dress.choice', 'c', '', 1, 2],
			['dress.number', 42, '', 1, 2]
		]);
		expect(rows[0]?.item?.id).toBe('dress.removed');
		// Without the old version on the device, the rows still name the item by its id.
		expect(setAsideAnswers(inspection.templateMoves, new Map()).map((r) => [r.itemId, r.item])).toContainEqual(['dress.removed', null]);
		expect(setAsideAnswers(undefined, new Map())).toEqual([]);
	});
});
