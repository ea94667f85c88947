import { expect, type Locator, type Page } from '@playwright/test';
import { ensureSignedIn } from './session';

export const FULL_TEMPLATE_TITLE = 'Kiểm tra văn hóa công vụ';

/** Wait until the device holds the catalog (templates + agencies) fetched from the server. */
export async function waitForCatalogOnDevice(page: Page): Promise<void> {
	await page.goto(new URL('/templates', page.url()).href);
	if (!(await page.getByRole('main').getByRole('link', { name: FULL_TEMPLATE_TITLE, exact: true }).isVisible())) {
		await ensureSignedIn(page);
		await page.goto(new URL('/templates', page.url()).href);
	}
	await expect(page.getByRole('main').getByRole('link', { name: FULL_TEMPLATE_TITLE, exact: true })).toBeVisible();
}

/** Start an inspection of `agencyQuery` from the start page, as an inspector would. */
export async function startInspection(
	page: Page,
	agencyQuery: string,
	agencyName: string,
	inspector = 'Nguyễn Văn An',
	templateTitle = FULL_TEMPLATE_TITLE
): Promise<void> {
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiểm tra mới' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Bắt đầu kiểm tra' })).toBeVisible();
	await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill(agencyQuery);
	await page.getByRole('radio', { name: agencyName, exact: true }).check();
	await page.getByRole('radio', { name: templateTitle, exact: true }).check();
	// The inspector is the signed-in account (thanhtra1 is Nguyễn Văn An in demo mode).
	await expect(page.getByText(`Người kiểm tra: ${inspector}`)).toBeVisible();
	await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
	await expect(page.getByRole('heading', { level: 1, name: agencyName })).toBeVisible();
}

/** The checklist items (cards) of the section on screen. */
export function itemCards(page: Page): Locator {
	return page.locator('main article');
}

/** Answer one item card with a compliant answer whatever its kind; returns false for free-text items. */
export async function answerCompliant(card: Locator): Promise<boolean> {
	const compliant = card.getByRole('radio', { name: 'Đạt', exact: true });
	if ((await compliant.count()) > 0) {
		await compliant.check();
		return true;
	}
	const radios = card.getByRole('radio');
	if ((await radios.count()) > 0) {
		await radios.first().check();
		return true;
	}
	const number = card.getByRole('textbox', { name: /^Số liệu/ });
	if ((await number.count()) > 0) {
		// A figure is compliant above a floor (share online ≥ 30 %) or below a ceiling (≤ 5 days).
		for (const figure of ['100', '3']) {
			await number.fill(figure);
			if (await card.getByText('Đạt yêu cầu', { exact: true }).isVisible()) return true;
		}
		throw new Error('No compliant figure found for a number item');
	}
	await card.getByRole('textbox').first().fill('Không có nhận xét thêm');
	return true;
}

export async function goToSection(page: Page, label: string | RegExp): Promise<void> {
	const select = page.getByRole('combobox', { name: 'Chuyển đến phần' });
	const option = select.getByRole('option', { name: label });
	const value = await option.getAttribute('value');
	if (value === null) throw new Error(`No section ${String(label)}`);
	const title = ((await option.textContent()) ?? '').replace(/\s*\(\d+\/\d+\)\s*$/, '').trim();
	await select.selectOption(value);
	await expect(select).toHaveValue(value);
	if (value === 'general') return;
	// The section's cards load with their step (a chunk of their own): wait until all are shown,
	// or a test counting them right away would count none and answer nothing.
	await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
	const progress = await page.getByText(/^Đã trả lời \d+\/\d+$/).textContent();
	const total = Number(/\/(\d+)$/.exec(progress ?? '')?.[1] ?? Number.NaN);
	await expect(itemCards(page)).toHaveCount(total);
}

/** Labels of the checklist sections (not "Thông tin chung"), in order. */
export async function sectionValues(page: Page): Promise<string[]> {
	const options = page.getByRole('combobox', { name: 'Chuyển đến phần' }).getByRole('option');
	const values = await options.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
	return values.filter((v) => v !== 'general');
}

export async function answeredCount(page: Page): Promise<{ answered: number; total: number }> {
	const text = await page.locator('label[for="overall-progress"]').innerText();
	const match = /(\d+)\/(\d+)/.exec(text);
	if (!match) throw new Error(`No progress in "${text}"`);
	return { answered: Number(match[1]), total: Number(match[2]) };
}
