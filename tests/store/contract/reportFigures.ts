import { expect, it } from 'vitest';
import type { NewRecommendation } from '$lib/server/store/recommendationRecords';
import type { StoreContext } from '../store.contract';
import { T0, DAY, later, newUser, seeded, submission } from '../fixtures';

/** Recommendations as the periodic report and the supervisor's reminder count them. */
export function reportFiguresContract(ctx: () => StoreContext): void {
	it('counts recommendations issued and fixed in a period, and open and overdue at its end, per agency subtree', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const rec = (id: string, inspectionId: string, agencyId: string, deadline: Date): NewRecommendation => ({
			id,
			inspectionId,
			revision: 1,
			agencyId,
			itemId: 'gio-lam-viec',
			itemText: 'Đúng giờ',
			what: `Khắc phục ${id}`,
			deadline: deadline.toISOString(),
			by: supervisor.id
		});
		const one = submission(an);
		const two = submission(an, { agencyId: 'so-noi-vu' });
		await store.putSubmissions([one, two], T0);
		// Approved on day 1: r1 due on day 5, r2 due on day 40 (commune desk); r3 due on day 3 (department).
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(DAY), 'approved', [
			rec('r1', one.inspectionId, 'xa-a.mot-cua', later(5 * DAY)),
			rec('r2', one.inspectionId, 'xa-a.mot-cua', later(40 * DAY))
		]);
		await store.appendEvent({ inspectionId: two.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(DAY), 'approved', [
			rec('r3', two.inspectionId, 'so-noi-vu', later(3 * DAY))
		]);
		// r1 fixed on day 10 (late).
		await store.updateRecommendation('r1', { status: 'fixed', note: '', by: 'x', action: 'status' }, later(10 * DAY));

		const iso = (days: number) => later(days * DAY).toISOString();
		// Days 0–7: three issued, none fixed; at day 7 r1 and r3 overdue, all three open.
		expect(await store.recommendationTotals(null, iso(0), iso(7))).toEqual({ issued: 3, fixed: 0, overdue: 2, open: 3 });
		// Days 7–20: none issued, r1 fixed; at day 20 only r3 overdue, r2 and r3 open.
		expect(await store.recommendationTotals(null, iso(7), iso(20))).toEqual({ issued: 0, fixed: 1, overdue: 1, open: 2 });
		expect(await store.recommendationTotals(['xa-a', 'xa-a.mot-cua'], iso(0), iso(7))).toEqual({ issued: 2, fixed: 0, overdue: 1, open: 2 });
		expect(await store.recommendationTotals([], iso(0), iso(7))).toEqual({ issued: 0, fixed: 0, overdue: 0, open: 0 });

		// Coming due: open ones with a deadline in [from, to), soonest first.
		expect((await store.recommendationsDue(null, iso(2), iso(9), 10)).map((r) => r.id)).toEqual(['r3']);
		expect((await store.recommendationsDue(null, iso(2), iso(41), 10)).map((r) => r.id)).toEqual(['r3', 'r2']);
		expect((await store.recommendationsDue(['so-noi-vu'], iso(2), iso(41), 10)).map((r) => r.id)).toEqual(['r3']);
		expect((await store.recommendationsDue(null, iso(2), iso(41), 1)).map((r) => r.id)).toEqual(['r3']);
	});
}
