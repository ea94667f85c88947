import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/Store';
import { NotFoundError } from '../store/errors';
import { AccountError, createAccount, passwordProblem, resetPassword, setDisabled, setRole, type AccountInput } from './accounts';
import { verifyPassword } from './password';
import { createSession, validateSession } from './sessions';
import { temporaryStore } from '../store/sqlite/temporaryStore';

const FAST = { ln: 10, r: 8, p: 1 };
const NOW = new Date('2026-03-02T01:00:00Z');
const input = (overrides: Partial<AccountInput> = {}): AccountInput => ({
	username: 'nguyen.an',
	displayName: 'Nguyễn Văn An',
	role: 'inspector',
	jurisdictionId: null,
	password: 'Tuyên Quang 2026',
	...overrides
});

describe('account rules', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		await store.putAgencies([{ id: 'tinh', parentId: null, name: 'Tỉnh', kind: 'province', address: '', location: null }], NOW);
	});
	afterEach(() => dispose());

	it('refuses short, trivial or username-based passwords', () => {
		expect(passwordProblem('short')).toMatch(/ít nhất 10/);
		expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/đơn giản/);
		expect(passwordProblem('nguyen.an-2026!', 'Nguyen.An')).toMatch(/tên đăng nhập/);
		expect(passwordProblem('Tuyên Quang 2026', 'nguyen.an')).toBeNull();
	});

	it('creates an account with a scrypt hash and reports broken rules by field', async () => {
		const user = await createAccount(store, input(), NOW, FAST);
		expect(user).toMatchObject({ username: 'nguyen.an', displayName: 'Nguyễn Văn An', role: 'inspector' });
		expect(await verifyPassword('Tuyên Quang 2026', (await store.getPasswordHash(user.id)) as string)).toBe(true);

		const field = async (overrides: Partial<AccountInput>) =>
			createAccount(store, input(overrides), NOW, FAST).then(
				() => null,
				(error: unknown) => (error instanceof AccountError ? error.field : error)
			);
		expect(await field({})).toBe('username'); // taken
		expect(await field({ username: 'Nguyen.AN' })).toBe('username'); // taken, other case
		expect(await field({ username: 'x', password: 'Tuyên Quang 2026' })).toBe('username');
		expect(await field({ username: 'binh', password: 'ngắn' })).toBe('password');
		expect(await field({ username: 'binh', displayName: '  ' })).toBe('displayName');
		expect(await field({ username: 'binh', role: 'root' as AccountInput['role'] })).toBe('role');
		expect(await field({ username: 'binh', role: 'supervisor' })).toBe('jurisdictionId');
		expect(await store.countUsers()).toBe(1);
	});

	it('resets a password and signs the user out everywhere', async () => {
		const user = await createAccount(store, input(), NOW, FAST);
		const { token } = await createSession(store, user.id, NOW, 30);
		await resetPassword(store, user.id, 'một mật khẩu mới', NOW, FAST);
		expect(await verifyPassword('một mật khẩu mới', (await store.getPasswordHash(user.id)) as string)).toBe(true);
		expect(await validateSession(store, token, NOW, 30)).toBeNull();
		await expect(resetPassword(store, user.id, 'short', NOW, FAST)).rejects.toBeInstanceOf(AccountError);
		await expect(resetPassword(store, 'nobody', 'một mật khẩu mới', NOW, FAST)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('sets a role with its jurisdiction, and disabling ends the sessions', async () => {
		const user = await createAccount(store, input(), NOW, FAST);
		await expect(setRole(store, user.id, 'supervisor', null, NOW)).rejects.toMatchObject({ field: 'jurisdictionId' });
		expect(await setRole(store, user.id, 'supervisor', 'tinh', NOW)).toMatchObject({ role: 'supervisor', jurisdictionId: 'tinh' });
		const { token } = await createSession(store, user.id, NOW, 30);
		expect((await setDisabled(store, user.id, true, NOW)).disabled).toBe(true);
		expect(await validateSession(store, token, NOW, 30)).toBeNull();
		expect((await setDisabled(store, user.id, false, NOW)).disabled).toBe(false);
	});
});
