import { expect, test } from '@playwright/test';
import { AppServer, TEST_PASSWORD } from './support/server';

let server: AppServer;
test.beforeAll(async () => {
	server = await AppServer.start();
});
test.afterAll(async () => {
	await server.dispose();
});

test('the app opened at another name of its server says which address to open, instead of "error 403, try again"', async ({ page }) => {
	// The server's address is 127.0.0.1 (ORIGIN); the same server reached as localhost.
	await page.goto(`http://localhost:${server.port}/login`);
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('thanhtra1');
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByText(`Hãy mở ${server.origin} rồi đăng nhập.`)).toBeVisible();
	await expect(page.getByText(/Máy chủ báo lỗi \(403\)/)).toHaveCount(0);
});

test('a page of another site is still refused as such, and the address is given only to the app itself', async ({ request }) => {
	const login = { username: 'thanhtra1', password: TEST_PASSWORD };
	const here = `http://localhost:${server.port}`;
	const elsewhere = await request.post(`${here}/api/auth/login`, { data: login, headers: { origin: here } });
	expect(elsewhere.status()).toBe(403);
	expect(await elsewhere.json()).toMatchObject({ error: { code: 'wrong-address', fields: { origin: [server.origin] } } });
	const foreign = await request.post(`${here}/api/auth/login`, { data: login, headers: { origin: 'https://evil.example' } });
	expect(foreign.status()).toBe(403);
	expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('cross-origin');
});
