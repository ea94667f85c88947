import { expect, it } from 'vitest';
import { DecisionConflictError, InvalidRecordError, NotFoundError } from '$lib/server/store/errors';
import type { ReviewAction } from '$lib/server/store/records';
import type { StoreContext } from '../store.contract';
import { T0, later, newUser, seeded, submission } from '../fixtures';

export function eventsContract(ctx: () => StoreContext): void {
	it('records the submission of each revision in the trail', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const item = submission(an);
		await store.putSubmissions([item], T0);
		await store.putSubmissions([item], later(5)); // a duplicate adds nothing
		await store.putSubmissions([{ ...item, revision: 2, content: 'sửa' }], later(10));
		expect((await store.listEvents(item.inspectionId)).map((e) => [e.revision, e.action, e.actorId, e.at])).toEqual([
			[1, 'submitted', an.id, T0.toISOString()],
			[2, 'resubmitted', an.id, later(10).toISOString()]
		]);
	});

	it('appends review events in order, with item comments, and changes the status with them', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('giamsat', 'supervisor', 'tinh'), T0);
		const item = submission(an);
		await store.putSubmissions([item], T0);
		const returned = await store.appendEvent(
			{
				inspectionId: item.inspectionId,
				revision: 1,
				actorId: supervisor.id,
				action: 'returned',
				comment: 'Cần bổ sung',
				itemComments: { 'gio-lam-viec': 'Thiếu ảnh sổ theo dõi' }
			},
			later(1000),
			'returned'
		);
		expect(returned).toEqual({
			id: expect.any(Number),
			inspectionId: item.inspectionId,
			revision: 1,
			actorId: supervisor.id,
			action: 'returned',
			comment: 'Cần bổ sung',
			itemComments: { 'gio-lam-viec': 'Thiếu ảnh sổ theo dõi' },
			at: later(1000).toISOString()
		});
		expect((await store.getSubmission(item.inspectionId))?.status).toBe('returned');
		const comment = await store.appendEvent(
			{ inspectionId: item.inspectionId, revision: 1, actorId: supervisor.id, action: 'commented', comment: 'Ghi chú', itemComments: {} },
			later(2000)
		);
		expect(comment.id).toBeGreaterThan(returned.id);
		expect((await store.getSubmission(item.inspectionId))?.status).toBe('returned');
		const events = await store.listEvents(item.inspectionId.toUpperCase());
		expect(events.map((e) => e.action)).toEqual(['submitted', 'returned', 'commented']);
		expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
	});

	it('refuses events for revisions never submitted, unknown actors and unknown actions', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const item = submission(an);
		const event = { inspectionId: item.inspectionId, revision: 1, actorId: an.id, action: 'approved' as ReviewAction, comment: '', itemComments: {} };
		await expect(store.appendEvent(event, T0, 'approved')).rejects.toBeInstanceOf(NotFoundError);
		await store.putSubmissions([item], T0);
		await expect(store.appendEvent({ ...event, actorId: 'nobody' }, T0, 'approved')).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(store.appendEvent({ ...event, action: 'deleted' as ReviewAction }, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		expect((await store.getSubmission(item.inspectionId))?.status).toBe('sent');
		expect(await store.listEvents(item.inspectionId)).toHaveLength(1);
	});

	it('decides a revision once: a second decision, or one on a revision no longer the latest, changes nothing', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('giamsat', 'supervisor', 'tinh'), T0);
		const item = submission(an);
		await store.putSubmissions([item], T0);
		const decide = (action: 'approved' | 'returned', revision = 1) =>
			store.appendEvent({ inspectionId: item.inspectionId, revision, actorId: supervisor.id, action, comment: '', itemComments: {} }, later(1000), action, [
				{ id: `r-${action}-${revision}`, inspectionId: item.inspectionId, revision, agencyId: item.agencyId, itemId: 'a1', itemText: 'Mục a1', what: 'Mục a1', deadline: '2026-04-01T16:59:59.999Z', by: supervisor.id }
			]);
		// Two supervisors deciding at the same moment: one decision is kept.
		const outcomes = await Promise.allSettled([decide('approved'), decide('approved')]);
		expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(outcomes.find((o) => o.status === 'rejected')?.reason).toBeInstanceOf(DecisionConflictError);
		await expect(decide('returned')).rejects.toBeInstanceOf(DecisionConflictError);
		expect((await store.getSubmission(item.inspectionId))?.status).toBe('approved');
		expect((await store.listEvents(item.inspectionId)).map((e) => e.action)).toEqual(['submitted', 'approved']);
		expect(await store.listRecommendations({ agencyIds: null })).toHaveLength(1);

		// Revision 1 of another inspection returned, revision 2 sent: revision 1 cannot be decided again.
		const other = submission(an);
		await store.putSubmissions([other], T0);
		await store.appendEvent({ inspectionId: other.inspectionId, revision: 1, actorId: supervisor.id, action: 'returned', comment: 'Sửa', itemComments: {} }, later(1), 'returned');
		await store.putSubmissions([{ ...other, revision: 2, content: 'sửa' }], later(2));
		await expect(
			store.appendEvent({ inspectionId: other.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(3), 'approved')
		).rejects.toBeInstanceOf(DecisionConflictError);
		expect((await store.getSubmission(other.inspectionId, 1))?.status).toBe('returned');
	});

	it('offers no way to change or remove an event', () => {
		const { store } = ctx();
		const eventMethods = Object.keys(store).filter((key) => /event/i.test(key));
		// The account trail is only read: its entries are written by the second factor's own writes.
		expect(eventMethods.sort()).toEqual(['appendEvent', 'listAccountEvents', 'listEvents']);
	});
}
