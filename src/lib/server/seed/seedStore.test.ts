import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAgencies } from '$lib/content/agencies';
import { publishedTemplates } from '$lib/content/templates';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { logIn } from '../auth/login';
import type { Store } from '../store/Store';
import { DEMO_ACCOUNTS, formatDemoLogins } from './demoAccounts';
import { seedStore } from './seedStore';

describe('seedStore', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
	});
	afterEach(() => dispose());

	it('puts the shipped catalog into an empty store once, and creates no account outside demo mode', async () => {
		const first = await seedStore(store, { demoMode: false, demoPassword: null });
		expect(first.agenciesAdded).toBe(demoAgencies.length);
		expect(first.templatesAdded).toEqual(publishedTemplates.map((t) => `${t.id}@${t.version}`));
		expect(first.demoLogins).toEqual([]);
		expect(await store.countUsers()).toBe(0);
		expect(await store.listTemplates()).toHaveLength(publishedTemplates.length);

		expect(await seedStore(store, { demoMode: false, demoPassword: null })).toEqual({ agenciesAdded: 0, templatesAdded: [], demoLogins: [] });
	});

	// Hashes every demo account's password with the production scrypt cost (CPU-bound by design, ~3 s
	// alone): the default 5 s was too tight while other test files share the machine's two cores.
	it('in demo mode creates the demo accounts once and returns logins that work', { timeout: 30_000 }, async () => {
		const { demoLogins } = await seedStore(store, { demoMode: true, demoPassword: null });
		expect(demoLogins.map((l) => [l.username, l.role, l.jurisdictionId])).toEqual(
			DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.jurisdictionId])
		);
		expect(new Set(demoLogins.map((l) => l.password)).size).toBe(demoLogins.length);
		const supervisor = demoLogins.find((l) => l.username === 'giamsat.xa');
		const login = await logIn(store, { username: 'giamsat.xa', password: supervisor?.password ?? '', address: 'test' }, new Date());
		expect(login.ok).toBe(true);
		expect(formatDemoLogins(demoLogins)).toContain(`giamsat.xa    ${supervisor?.password ?? ''}  supervisor (xa-son-duong)`);

		expect((await seedStore(store, { demoMode: true, demoPassword: null })).demoLogins).toEqual([]);
		expect(await store.countUsers()).toBe(DEMO_ACCOUNTS.length);
	});
});
