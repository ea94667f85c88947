import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sentInspection } from '../../../../tests/fixtures/sync/sentInspection';
import { newUser, T0 } from '../../../../tests/store/fixtures';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { reviewInspection } from './reviewInspection';

describe('reviewInspection', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let commune: User;
	let department: User;
	let id: string;

	beforeEach(async () => {
		({ store, dispose, commune, department, id } = await sentInspection('compliant'));
	});
	afterEach(() => dispose());

	const status = async (promise: Promise<unknown>) => {
		try {
			await promise;
			return 'ok';
		} catch (error) {
			return error instanceof ApiError ? `${error.status} ${error.code}` : String(error);
		}
	};

	it('lets a supervisor within jurisdiction approve, once', async () => {
		const decision = await reviewInspection(store, commune, id, { action: 'approve', comment: '' }, T0);
		expect(decision).toMatchObject({ inspectionId: id, revision: 1, action: 'approved', by: commune.displayName });
		expect((await store.getSubmission(id))?.status).toBe('approved');
		expect(await status(reviewInspection(store, commune, id, { action: 'return', comment: 'Sửa' }, T0))).toBe('409 already-decided');
	});

	it('answers outside the jurisdiction exactly as for an unknown id, and changes nothing', async () => {
		const outside = await status(reviewInspection(store, department, id, { action: 'approve', comment: '' }, T0));
		const unknown = await status(reviewInspection(store, commune, '00000000-0000-4000-8000-000000000000', { action: 'approve', comment: '' }, T0));
		expect(outside).toBe('404 not-found');
		expect(unknown).toBe(outside);
		expect((await store.getSubmission(id))?.status).toBe('sent');
		expect((await store.listEvents(id)).map((e) => e.action)).toEqual(['submitted']);
	});

	it('keeps one decision when two arrive at the same moment', async () => {
		const other = await store.createUser(newUser('giam.sat.xa.2', 'supervisor', 'xa-a'), T0);
		const results = await Promise.all([
			status(reviewInspection(store, commune, id, { action: 'approve', comment: '' }, T0)),
			status(reviewInspection(store, other, id, { action: 'return', comment: 'Sửa' }, T0))
		]);
		expect(results.sort()).toEqual(['409 already-decided', 'ok']);
		expect((await store.listEvents(id)).map((e) => e.action)).toHaveLength(2);
	});

	it('refuses a decision on a revision that is no longer the latest', async () => {
		expect(await status(reviewInspection(store, commune, id, { action: 'approve', comment: '', revision: 2 }, T0))).toBe('409 stale-revision');
	});
});
