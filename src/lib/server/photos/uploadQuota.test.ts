import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seeded, T0 } from '../../../../tests/store/fixtures';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { countPhotoUpload } from './uploadQuota';

describe('countPhotoUpload', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let binh: User;
	const quota = { limit: 3, windowMs: 60_000 };

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an, binh } = await seeded(store));
	});
	afterEach(() => dispose());

	it('lets an inspector upload up to the quota, then answers 429 with Retry-After, per account and per window', async () => {
		for (let i = 0; i < 3; i++) await countPhotoUpload(store, an, T0, quota);
		await expect(countPhotoUpload(store, an, new Date(T0.getTime() + 10_000), quota)).rejects.toMatchObject({
			status: 429,
			code: 'too-many-photos',
			headers: { 'retry-after': '50' }
		});
		// Another inspector has their own quota; the next window starts afresh.
		await countPhotoUpload(store, binh, T0, quota);
		await countPhotoUpload(store, an, new Date(T0.getTime() + 61_000), quota);
	});
});
