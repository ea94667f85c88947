import { expect, it } from 'vitest';
import { InvalidRecordError, NotFoundError } from '$lib/server/store/errors';
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

	it('offers no way to change or remove an event', () => {
		const { store } = ctx();
		const eventMethods = Object.keys(store).filter((key) => /event/i.test(key));
		expect(eventMethods.sort()).toEqual(['appendEvent', 'listEvents']);
	});
}
