import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '$lib/server/store/Store';
import { accountsContract } from './contract/accounts';
import { agencyChangesContract } from './contract/agencyChanges';
import { agencyReorganisationContract } from './contract/agencyReorganisation';
import { catalogContract } from './contract/catalog';
import { changeFeedContract } from './contract/changeFeed';
import { conclusionsContract } from './contract/conclusions';
import { eventsContract } from './contract/events';
import { ledgerContract } from './contract/ledger';
import { photoFlagsContract } from './contract/photoFlags';
import { photosContract } from './contract/photos';
import { plansContract } from './contract/plans';
import { pullContract } from './contract/pull';
import { registerContract } from './contract/register';
import { reportFiguresContract } from './contract/reportFigures';
import { reviewContract } from './contract/review';
import { reviewTotalsContract } from './contract/reviewTotals';
import { secondFactorContract } from './contract/secondFactor';
import { submissionsContract } from './contract/submissions';
import { templateDraftsContract } from './contract/templateDrafts';
import { thumbnailsContract } from './contract/thumbnails';

/** A fresh, empty database for one test; open() may be called again to reopen the same database. */
export interface StoreFixture {
	open(): Promise<Store>;
	destroy(): Promise<void>;
}

export interface StoreContext {
	store: Store;
	fixture: StoreFixture;
}

/**
 * The behaviour every Store implementation must have, run against each of them (sqlite.test.ts,
 * postgres.test.ts). Each test gets its own empty database from makeFixture.
 */
export function describeStoreContract(name: string, makeFixture: () => Promise<StoreFixture>, enabled = true): void {
	describe.runIf(enabled)(`Store contract: ${name}`, () => {
		let current: StoreContext | undefined;
		beforeEach(async () => {
			const fixture = await makeFixture();
			current = { fixture, store: await fixture.open() };
		});
		afterEach(async () => {
			await current?.store.close();
			await current?.fixture.destroy();
			current = undefined;
		});
		const ctx = (): StoreContext => {
			if (!current) throw new Error('No store open');
			return current;
		};

		describe('accounts, sessions and rate limits', () => accountsContract(ctx));
		describe('second factor and account trail', () => secondFactorContract(ctx));
		describe('catalog', () => catalogContract(ctx));
		describe('agencies edited by administrators', () => agencyChangesContract(ctx));
		describe('agency reorganisations', () => agencyReorganisationContract(ctx));
		describe('checklists edited by administrators', () => templateDraftsContract(ctx));
		describe('submissions', () => submissionsContract(ctx));
		describe('change feed', () => changeFeedContract(ctx));
		describe('photos', () => photosContract(ctx));
		describe('photo thumbnails', () => thumbnailsContract(ctx));
		describe('review trail', () => eventsContract(ctx));
		describe('review reads and recommendations', () => reviewContract(ctx));
		describe('review totals against the rows', () => reviewTotalsContract(ctx));
		describe('photo flags in the review queue', () => photoFlagsContract(ctx));
		describe('device keys and the ledger', () => ledgerContract(ctx));
		describe('pull: what changed for the user', () => pullContract(ctx));
		describe('inspection plans and assignments', () => plansContract(ctx));
		describe('document register', () => registerContract(ctx));
		describe('conclusions', () => conclusionsContract(ctx));
		describe('periodic report figures and reminders', () => reportFiguresContract(ctx));
	});
}
