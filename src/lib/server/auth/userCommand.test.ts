import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/openStore';
import { loadConfig } from '../config';
import { runUserCommand, type CommandIO } from './userCommand';
import { logIn } from './login';

describe('npm run user', () => {
	let dataDir: string;
	let out: string[];
	let errors: string[];
	let password: string;
	const io: CommandIO = {
		readNewPassword: async () => password,
		print: (line) => out.push(line),
		error: (line) => errors.push(line)
	};
	const run = (...argv: string[]) => runUserCommand(argv, io, { DATA_DIR: dataDir });

	beforeEach(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'vhcv-user-'));
		out = [];
		errors = [];
		password = 'quản trị hệ thống';
	});
	afterEach(() => rm(dataDir, { recursive: true, force: true }));

	it('creates the first administrator on an empty install, who can then sign in', async () => {
		expect(await run('create', '--username', 'quantri', '--role', 'admin', '--name', 'Quản trị', '--password-stdin')).toBe(0);
		expect(out).toEqual(['Created quantri (Quản trị): admin']);
		const store = await openStore(loadConfig({ DATA_DIR: dataDir }));
		try {
			expect((await logIn(store, { username: 'quantri', password, address: 'cli' }, new Date())).ok).toBe(true);
		} finally {
			await store.close();
		}
	});

	it('refuses weak passwords, taken names and supervisors without a jurisdiction', async () => {
		password = 'short';
		expect(await run('create', '--username', 'quantri', '--role', 'admin')).toBe(1);
		expect(errors.at(-1)).toMatch(/ít nhất 10/);
		password = 'quản trị hệ thống';
		expect(await run('create', '--username', 'quantri', '--role', 'admin')).toBe(0);
		expect(await run('create', '--username', 'QuanTri', '--role', 'admin')).toBe(1);
		expect(await run('create', '--username', 'gs', '--role', 'supervisor')).toBe(1);
		expect(await run('create', '--username', 'gs.xa', '--role', 'supervisor', '--jurisdiction', 'xa-son-duong')).toBe(0);
		expect(await run('create', '--username', 'x', '--role', 'king')).toBe(1);
	});

	it('resets passwords, sets roles, disables and lists', async () => {
		expect(await run('create', '--username', 'thanhtra.an', '--role', 'inspector')).toBe(0);
		password = 'một mật khẩu mới';
		expect(await run('reset-password', '--username', 'ThanhTra.An')).toBe(0);
		expect(await run('set-role', '--username', 'thanhtra.an', '--role', 'supervisor', '--jurisdiction', 'tuyen-quang')).toBe(0);
		expect(await run('disable', '--username', 'thanhtra.an')).toBe(0);
		out = [];
		expect(await run('list')).toBe(0);
		expect(out).toEqual(['thanhtra.an (thanhtra.an): supervisor over tuyen-quang, DISABLED']);
		expect(await run('enable', '--username', 'nobody')).toBe(1);
	});

	it("resets an account's second factor from the server, recorded without an admin", async () => {
		expect(await run('create', '--username', 'quantri', '--role', 'admin')).toBe(0);
		expect(await run('reset-second-factor', '--username', 'quantri')).toBe(1);
		expect(errors.join('\n')).toContain('has no second factor');
		const store = await openStore(loadConfig({ DATA_DIR: dataDir }));
		try {
			const user = await store.getUserByUsername('quantri');
			await store.enrolSecondFactor({ userId: user?.id as string, secret: 'JBSWY3DPEHPK3PXP', step: 1, recoveryCodeHashes: [] }, new Date());
		} finally {
			await store.close();
		}
		expect(await run('reset-second-factor', '--username', 'quantri')).toBe(0);
		const after = await openStore(loadConfig({ DATA_DIR: dataDir }));
		try {
			const user = await after.getUserByUsername('quantri');
			expect(await after.getSecondFactor(user?.id as string)).toBeNull();
			expect((await after.listAccountEvents(user?.id as string)).at(-1)).toMatchObject({ action: 'second-factor-reset', actorId: null });
		} finally {
			await after.close();
		}
	});

	it('explains its usage', async () => {
		expect(await run()).toBe(2);
		expect(out.join('\n')).toContain('npm run user -- create');
		expect(await run('frobnicate', '--username', 'x')).toBe(1);
		expect(await run('create', '--bogus')).toBe(2);
		expect(errors.join('\n')).toMatch(/Unknown command|bogus/);
	});
});
