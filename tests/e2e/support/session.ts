import { expect, type Page } from '@playwright/test';
import { MAIN_NAV } from './app';
import { TEST_PASSWORD } from './server';

/**
 * Sign in on the page's origin as a demo account (every test server runs in demo mode with
 * TEST_PASSWORD). Needs the server to be up, like a real first sign-in.
 */
export async function signIn(page: Page, username = 'thanhtra1'): Promise<void> {
	const origin = new URL(page.url()).origin;
	await page.goto(`${origin}/login`);
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
}

/** Signed in already (the device remembers), or sign in now. */
export async function ensureSignedIn(page: Page, username = 'thanhtra1'): Promise<void> {
	const nav = page.getByRole('navigation', { name: MAIN_NAV });
	const login = page.getByRole('heading', { level: 1, name: 'Đăng nhập' });
	await expect(nav.or(login).first()).toBeVisible();
	if (await login.isVisible()) await signIn(page, username);
}
