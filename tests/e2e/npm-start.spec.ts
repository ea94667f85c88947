import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAppShown } from './support/app';
import { DEFAULT_BUILD_DIR, freePort, TEST_PASSWORD } from './support/server';
import { signIn } from './support/session';

// The README's first command as a newcomer runs it: `npm start` (scripts/start.js) with nothing
// configured, on an empty data directory. It must print the demo logins and an address at which
// those logins work in a browser over plain HTTP (every other browser test sets ORIGIN itself).

test('npm start with nothing configured: demo logins printed, and signing in works at the address it prints', async ({ page }) => {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'vhcv-npm-start-'));
	const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, BUILD_OUT: DEFAULT_BUILD_DIR, PORT: String(port), DEMO_PASSWORD: TEST_PASSWORD, SHUTDOWN_TIMEOUT: '1' };
	for (const name of ['ORIGIN', 'HOST', 'DEMO_MODE', 'PROTOCOL_HEADER', 'HOST_HEADER']) delete env[name];
	const child = spawn(process.execPath, ['scripts/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	try {
		await expect.poll(() => output, { timeout: 60_000, message: 'the server says it listens' }).toContain('Listening on');
		for (const login of ['thanhtra1', 'giamsat.tinh', 'quantri']) expect(output).toContain(login);
		const address = /Kiểm tra văn hóa công vụ: (\S+)/.exec(output)?.[1];
		expect(address).toBe(`http://localhost:${port}/`);

		await page.goto(address as string);
		await signIn(page, 'thanhtra1');
		await expectAppShown(page);
		// The session cookie is not Secure over plain HTTP, so it is kept and sent: a reload stays signed in.
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toHaveCount(0);
		await expectAppShown(page);
		// Demo mode asks no second factor, of admins and supervisors either: the demo stays two commands.
		for (const username of ['giamsat.tinh', 'quantri']) {
			const response = await fetch(new URL('/api/auth/login', address as string), {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: new URL(address as string).origin },
				body: JSON.stringify({ username, password: TEST_PASSWORD })
			});
			expect(await response.json()).toHaveProperty('user.username', username);
		}
	} finally {
		child.kill('SIGTERM');
		if (child.exitCode === null) await once(child, 'exit');
		rmSync(dataDir, { recursive: true, force: true });
	}
});
