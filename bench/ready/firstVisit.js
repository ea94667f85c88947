// What every warm-start measurement does first, as an inspector's first day does: sign in as
// thanhtra1 and start a draft of "Sở Nội vụ" (bench/ready.js and its diagnostics in bench/ready/).
import { PASSWORD } from '../ingest/processes.js';

export const READY_TEXT = 'Sẵn sàng làm việc không có mạng';

/**
 * Signs in on `page` (at `origin`), waits for the home page to say the phone is ready offline
 * (unless `waitReady` is false: an older build may not say it), starts the draft and returns its address.
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 * @param {{ waitReady?: boolean }} [options]
 */
export async function signInAndStartDraft(page, origin, { waitReady = true } = {}) {
	await page.goto(`${origin}/login`);
	await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('thanhtra1');
	await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	if (waitReady) await page.getByText(READY_TEXT, { exact: true }).waitFor({ timeout: 120_000 });
	await page.getByRole('link', { name: 'Bắt đầu kiểm tra mới' }).click();
	await page.getByRole('searchbox').fill('so noi vu');
	await page.getByRole('radio', { name: 'Sở Nội vụ', exact: true }).check();
	await page.getByRole('radio', { name: 'Kiểm tra văn hóa công vụ', exact: true }).check();
	await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
	await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
	return page.url();
}
