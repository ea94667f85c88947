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

	it("keeps an administrator's renames and closings at the next start (agencies are seeded into an empty store only)", async () => {
		await seedStore(store, { demoMode: false, demoPassword: null });
		const admin = await store.createUser({ username: 'quantri', displayName: 'Quản trị', role: 'admin', jurisdictionId: null, passwordHash: 'x' }, new Date());
		const agencies = await store.listAgencies();
		const parents = new Set(agencies.map((a) => a.parentId));
		const renamed = agencies.find((a) => a.parentId !== null);
		const leaf = agencies.find((a) => a.id !== renamed?.id && !parents.has(a.id));
		if (!renamed || !leaf) throw new Error('the demo catalog has agencies under the province');
		await store.changeAgencies(
			[
				{ before: renamed, after: { ...renamed, name: 'Tên mới do quản trị đặt' } },
				{ before: leaf, after: { ...leaf, closedAt: new Date().toISOString() } }
			],
			{ id: admin.id, source: 'form' },
			new Date()
		);
		const edited = await store.listAgencies();
		expect(edited).not.toEqual(agencies);

		expect((await seedStore(store, { demoMode: false, demoPassword: null })).agenciesAdded).toBe(0);
		expect(await store.listAgencies()).toEqual(edited);
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
