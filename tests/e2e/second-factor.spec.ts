import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { ACCOUNTS, client } from './support/api';
import { MAIN_NAV } from './support/app';
import { AppServer, TEST_PASSWORD } from './support/server';

// The second factor on a server set up as a real install would be (TOTP_REQUIRED_ROLES for admins
// and supervisors; every other spec runs in demo mode, where it is off): a supervisor enrols with
// the QR page, signs in with a code and with a recovery code; an admin resets it, and the reset is
// in the account's trail. Codes are computed here with otpauth from the secret the page shows.

let server: AppServer;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await AppServer.start(undefined, { TOTP_REQUIRED_ROLES: 'admin,supervisor' });
});
test.afterAll(async () => {
	await server?.dispose();
});

const STEP_MS = 30_000;
const codeFor = (secret: string, at = Date.now()) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });
const stepOf = (at = Date.now()) => Math.floor(at / STEP_MS);

/** A code of a time step later than `usedStep` (waiting for it if need be): each step is accepted once. */
async function freshCode(secret: string, usedStep: number): Promise<{ code: string; step: number }> {
	await expect.poll(() => stepOf(), { timeout: STEP_MS + 5_000, intervals: [500] }).toBeGreaterThan(usedStep);
	const now = Date.now();
	return { code: codeFor(secret, now), step: stepOf(now) };
}

async function enterPassword(page: Page, username: string): Promise<void> {
	await page.goto(server.url('/login'));
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function signOut(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Cài đặt' }).click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
}

/** Enrols an account through the API as the pages do, returning a signed-in request context. */
async function enrolByApi(username: string): Promise<{ api: APIRequestContext; userId: string }> {
	const api = await client(server);
	const login = await api.post('/api/auth/login', { data: { username, password: TEST_PASSWORD } });
	expect(await login.json()).toEqual({ secondFactor: 'enrol' });
	// No session before the second factor.
	expect((await api.get('/api/auth/me')).status()).toBe(401);
	const { secret } = (await (await api.get('/api/auth/second-factor/enrolment')).json()) as { secret: string };
	const enrolled = await api.post('/api/auth/second-factor/enrolment', { data: { code: codeFor(secret) } });
	expect(enrolled.status()).toBe(200);
	return { api, userId: ((await enrolled.json()) as { user: { id: string } }).user.id };
}

let secret = '';
let recoveryCodes: string[] = [];
let usedStep = 0;

test('a supervisor enrols with the QR code at first sign-in, then signs in with a code and with a recovery code', async ({ page }) => {
	test.setTimeout(150_000);
	await enterPassword(page, ACCOUNTS.communeSupervisor);
	await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập xác thực hai bước' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Mã QR của tài khoản/ })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	// Nothing is signed in yet: the password alone opens no session.
	expect((await page.request.get(server.url('/api/auth/me'))).status()).toBe(401);

	secret = await page.getByRole('textbox', { name: 'Hoặc nhập khóa bí mật' }).inputValue();
	expect(secret).toMatch(/^[A-Z2-7]{32}$/);
	const codeInput = page.getByRole('textbox', { name: 'Mã xác thực' });
	await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
	await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
	// A code the secret did not make does not enrol.
	const wrong = codeFor(secret) === '000000' ? '111111' : '000000';
	await codeInput.fill(wrong);
	await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
	await expect(page.getByRole('alert')).toContainText('Mã không đúng');

	const now = Date.now();
	usedStep = stepOf(now);
	await codeInput.fill(codeFor(secret, now));
	await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
	const codes = page.getByRole('list', { name: 'Các mã khôi phục' }).getByRole('listitem');
	await expect(codes).toHaveCount(10);
	recoveryCodes = await codes.allTextContents();
	await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
	// The secret is not given out again once enrolled.
	expect((await page.request.get(server.url('/api/auth/second-factor/enrolment'))).status()).toBe(401);

	// Signed out, the password leads to the code step; the code that enrolled cannot be replayed.
	await signOut(page);
	await enterPassword(page, ACCOUNTS.communeSupervisor);
	await expect(page.getByRole('heading', { level: 2, name: 'Xác thực hai bước' })).toBeVisible();
	expect((await page.request.get(server.url('/api/auth/me'))).status()).toBe(401);
	await page.getByRole('textbox', { name: 'Mã xác thực' }).fill(codeFor(secret, now));
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect(page.getByRole('alert')).toContainText('Mã không đúng hoặc đã dùng rồi');
	const fresh = await freshCode(secret, usedStep);
	usedStep = fresh.step;
	await page.getByRole('textbox', { name: 'Mã xác thực' }).fill(fresh.code);
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
	await expect(page.getByRole('navigation', { name: MAIN_NAV }).getByRole('link', { name: 'Hàng chờ duyệt' })).toBeVisible();

	// A recovery code stands in for the code, once.
	await signOut(page);
	await enterPassword(page, ACCOUNTS.communeSupervisor);
	await page.getByRole('button', { name: 'Dùng mã khôi phục' }).click();
	await page.getByRole('textbox', { name: 'Mã khôi phục' }).fill(recoveryCodes[0] as string);
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
	await signOut(page);
	await enterPassword(page, ACCOUNTS.communeSupervisor);
	await page.getByRole('button', { name: 'Dùng mã khôi phục' }).click();
	await page.getByRole('textbox', { name: 'Mã khôi phục' }).fill(recoveryCodes[0] as string);
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect(page.getByRole('alert')).toContainText('Mã không đúng hoặc đã dùng rồi');
	await page.getByRole('textbox', { name: 'Mã khôi phục' }).fill(recoveryCodes[1] as string);
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
});

test("an admin resets a supervisor's second factor: recorded in the account's trail, open sessions kept", async ({ page }) => {
	// The supervisor's session from before the reset (signed in with a fresh code).
	const supervisor = await client(server);
	await supervisor.post('/api/auth/login', { data: { username: ACCOUNTS.communeSupervisor, password: TEST_PASSWORD } });
	const fresh = await freshCode(secret, usedStep);
	const signedIn = await supervisor.post('/api/auth/second-factor', { data: { code: fresh.code } });
	expect(signedIn.status()).toBe(200);
	const supervisorId = ((await signedIn.json()) as { user: { id: string } }).user.id;
	// Only an admin may reset: a supervisor's post is refused.
	const refused = await supervisor.post(`/admin/users/${supervisorId}?/secondFactor`, { form: {} });
	expect(refused.status()).toBe(403);

	// The admin enrols too (required for admins) and opens the supervisor's account page.
	const admin = await enrolByApi(ACCOUNTS.admin);
	await page.context().addCookies((await admin.api.storageState()).cookies);
	await page.goto(server.url(`/admin/users/${supervisorId}`));
	const panel = page.getByRole('region', { name: 'Xác thực hai bước' });
	await expect(panel).toContainText('còn 8 mã khôi phục');
	await panel.getByRole('button', { name: 'Đặt lại xác thực hai bước' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã đặt lại xác thực hai bước' })).toBeVisible();
	await expect(panel).toContainText('Chưa thiết lập');
	const trail = panel.getByRole('list', { name: 'Nhật ký tài khoản' }).getByRole('listitem');
	await expect(trail.first()).toContainText('Đặt lại xác thực hai bước (bởi Hoàng Thu Hà)');
	await expect(trail).toHaveText([/Đặt lại xác thực hai bước/, /mã khôi phục/, /mã khôi phục/, /Thiết lập xác thực hai bước/]);

	// The supervisor's open session still works; the next sign-in enrols again.
	expect((await supervisor.get('/api/auth/me')).status()).toBe(200);
	const again = await (await client(server)).post('/api/auth/login', { data: { username: ACCOUNTS.communeSupervisor, password: TEST_PASSWORD } });
	expect(await again.json()).toEqual({ secondFactor: 'enrol' });
	// Inspectors are not in the roles: a password still signs them in.
	const inspector = await (await client(server)).post('/api/auth/login', { data: { username: ACCOUNTS.inspector, password: TEST_PASSWORD } });
	expect(inspector.status()).toBe(200);
	expect(await inspector.json()).toHaveProperty('user');
});
