import { describe, expect, it } from 'vitest';
import { groupFollowUps, themeOfItem } from './followUpGroups';
import type { Recommendation } from './recommendation';

const NOW = new Date('2027-01-10T05:00:00.000Z');

function rec(id: string, itemId: string, deadline: string): Recommendation {
	return {
		id,
		inspectionId: 'i1',
		revision: 1,
		agencyId: 'a',
		itemId,
		itemText: itemId,
		what: itemId,
		deadline,
		status: 'open',
		overdue: false,
		createdAt: '2026-12-01T00:00:00.000Z',
		fixedAt: null,
		fixedInInspectionId: null,
		history: []
	};
}

describe('groupFollowUps', () => {
	it('groups by theme, themes with overdue ones first, overdue first within a theme, then by deadline', () => {
		const groups = groupFollowUps(
			[
				rec('d-late', 'discipline.on-post', '2027-02-01T16:59:59.999Z'),
				rec('d-soon', 'discipline.hours', '2027-01-20T16:59:59.999Z'),
				rec('m-overdue', 'meetings.minutes', '2027-01-05T16:59:59.999Z'),
				rec('m-ok', 'meetings.length', '2027-03-01T16:59:59.999Z'),
				rec('m-overdue-older', 'meetings.agenda', '2027-01-01T16:59:59.999Z'),
				rec('x', 'retired.item', '2027-01-30T16:59:59.999Z')
			],
			NOW
		);
		expect(groups.map((g) => [g.theme, g.overdue, g.recommendations.map((r) => r.id)])).toEqual([
			['meetings', 2, ['m-overdue-older', 'm-overdue', 'm-ok']],
			['discipline', 0, ['d-soon', 'd-late']],
			['other', 0, ['x']]
		]);
	});

	it('is overdue only once the deadline instant has passed', () => {
		const [group] = groupFollowUps([rec('a', 'dress.uniform', '2027-01-10T16:59:59.999Z')], NOW);
		expect(group?.overdue).toBe(0);
		expect(groupFollowUps([rec('a', 'dress.uniform', '2027-01-09T16:59:59.999Z')], NOW)[0]?.overdue).toBe(1);
	});

	it('reads the theme off the item id', () => {
		expect(themeOfItem('alcohol-tobacco.no-drinking')).toBe('alcohol-tobacco');
		expect(themeOfItem('nodot')).toBe('other');
		// A theme an administrator added is a theme once its name is known (its items' generated ids start with it).
		expect(themeOfItem('van-hoa-doc.1')).toBe('other');
		expect(themeOfItem('van-hoa-doc.1', new Set(['van-hoa-doc']))).toBe('van-hoa-doc');
		expect(groupFollowUps([rec('a', 'van-hoa-doc.1', '2027-01-10T16:59:59.999Z'), rec('b', 'nodot', '2027-01-10T16:59:59.999Z'), rec('c', 'dress.uniform', '2027-01-10T16:59:59.999Z')], NOW, new Set(['van-hoa-doc'])).map((g) => g.theme)).toEqual(['dress', 'van-hoa-doc', 'other']);
	});
});
