import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newUser, seeded, submission, T0 } from '../../../../tests/store/fixtures';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { readableSubmission } from './readInspection';

describe('readableSubmission', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an } = await seeded(store));
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

	it('gives an older revision only to who may read that revision (its agency), as for an unknown id otherwise', async () => {
		// Stored before pushes kept a revision's agency: revision 1 in the department, revision 2 in the commune.
		const first = submission(an, { agencyId: 'so-noi-vu' });
		await store.putSubmissions([first, { ...first, revision: 2, agencyId: 'xa-a.mot-cua', content: { moved: true } }], T0);
		const commune = await store.createUser(newUser('giam.sat.xa', 'supervisor', 'xa-a'), T0);
		const department = await store.createUser(newUser('giam.sat.so', 'supervisor', 'so-noi-vu'), T0);

		expect(await status(readableSubmission(store, commune, first.inspectionId, 2))).toBe('ok');
		expect(await status(readableSubmission(store, commune, first.inspectionId, 1))).toBe('404 not-found');
		expect(await status(readableSubmission(store, commune, first.inspectionId, 3))).toBe('404 not-found');
		expect(await status(readableSubmission(store, department, first.inspectionId, 1))).toBe('404 not-found');
		expect(await status(readableSubmission(store, an, first.inspectionId, 1))).toBe('ok');
	});
});
