import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEFAULT_BUILD_DIR, AppServer } from './support/server';

// A real install, not a demo: an empty data directory gets no accounts and no fixed password; the
// first administrator comes from `npm run user` (scripts/user.js on the built server code), run
// beside the running server on the same data directory, and can sign in at once (enrolling the
// second factor that a real install requires of admins).

const ADMIN = { username: 'truongphong', name: 'Trần Thị Bình', password: 'mat-khau-rieng-2026' };

let server: AppServer;

test.beforeAll(async () => {
	server = await AppServer.start(DEFAULT_BUILD_DIR, { DEMO_MODE: 'false', DEMO_PASSWORD: '' });
});

test.afterAll(async () => {
	await server?.dispose();
});

/** `npm run user -- …args` against the test server's data directory, the password on stdin. */
async function userCommand(args: readonly string[], stdin = ''): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, ['scripts/user.js', ...args], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: server.dataDir, BUILD_OUT: DEFAULT_BUILD_DIR, DEMO_MODE: '', DEMO_PASSWORD: '' },
		stdio: ['pipe', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stdin.end(stdin);
	const [code] = (await once(child, 'exit')) as [number | null];
	return { code, output };
}

async function signInStatus(username: string, password: string): Promise<number> {
	const response = await fetch(server.url('/api/auth/login'), {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: server.origin },
		body: JSON.stringify({ username, password })
	});
	return response.status;
}

test('outside demo mode there are no accounts until `npm run user` creates the first admin, who then signs in', async ({ page }) => {
	// No demo accounts on an empty data directory.
	const before = await userCommand(['list']);
	expect(before.code, before.output).toBe(0);
	expect(before.output).not.toMatch(/quantri|thanhtra1|giamsat/);

	// A password too short is refused with the reason, and creates nothing.
	const refused = await userCommand(['create', '--username', ADMIN.username, '--role', 'admin', '--name', ADMIN.name, '--password-stdin'], 'ngan\n');
	expect(refused.code).not.toBe(0);
	expect(refused.output).toMatch(/10/);
	expect(await signInStatus(ADMIN.username, 'ngan')).toBe(401);

	const created = await userCommand(
		['create', '--username', ADMIN.username, '--role', 'admin', '--name', ADMIN.name, '--password-stdin'],
		`${ADMIN.password}\n`
	);
	expect(created.code, created.output).toBe(0);
	const listed = await userCommand(['list']);
	expect(listed.output).toContain(ADMIN.username);

	// The running server sees the new account at once: sign in on the login page and manage users.
	await page.goto(server.url('/login'));
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(ADMIN.username);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	// A real install asks admins for a second factor (TOTP_REQUIRED_ROLES' default): enrolled now.
	await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập xác thực hai bước' })).toBeVisible();
	const secret = await page.getByRole('textbox', { name: 'Hoặc nhập khóa bí mật' }).inputValue();
	await page.getByRole('textbox', { name: 'Mã xác thực' }).fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
	await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
	await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập xác thực hai bước' })).toBeHidden();
	await page.goto(server.url('/admin'));
	await expect(page.getByRole('heading', { level: 1, name: 'Quản lý tài khoản' })).toBeVisible();
	await expect(page.getByRole('list', { name: /Tài khoản/ }).getByRole('link', { name: ADMIN.name })).toBeVisible();
});
