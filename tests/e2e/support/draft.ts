import { expect, type Page } from '@playwright/test';
import { answeredCount, itemCards, startInspection, waitForCatalogOnDevice } from './inspection';

/** State the inspector would lose if an update went wrong, and how to check it is still there. */
export interface OpenDraft {
	expectIntact(page: Page): Promise<void>;
}

const NOTE = 'Phòng tiếp dân chưa niêm yết nội quy';

/**
 * Put the page in the middle of an inspection, as an inspector would: start one, answer a first
 * item as a violation with a note, answer a second, and leave the form open on that section.
 */
export async function openDraft(page: Page): Promise<OpenDraft> {
	await waitForCatalogOnDevice(page);
	await startInspection(page, 'so tu phap', 'Sở Tư pháp');
	const select = page.getByRole('combobox', { name: 'Chuyển đến phần' });
	await select.selectOption({ index: 1 });
	const section = await select.inputValue();
	const first = itemCards(page).nth(0);
	await first.getByRole('radio', { name: 'Vi phạm', exact: true }).check();
	await first.getByRole('textbox', { name: /Ghi chú/ }).fill(NOTE);
	await itemCards(page).nth(1).getByRole('radio', { name: 'Đạt', exact: true }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	const url = page.url();
	const progress = await answeredCount(page);
	expect(progress.answered).toBe(2);

	return {
		async expectIntact(target: Page) {
			// After a reload the form may be wherever the app put it: open the same section again.
			if (target.url() !== url) await target.goto(url);
			await expect(target.getByRole('combobox', { name: 'Chuyển đến phần' })).toHaveValue(section);
			expect(await answeredCount(target)).toEqual(progress);
			const card = itemCards(target).nth(0);
			await expect(card.getByRole('radio', { name: 'Vi phạm', exact: true })).toBeChecked();
			await expect(card.getByRole('textbox', { name: /Ghi chú/ })).toHaveValue(NOTE);
			await expect(itemCards(target).nth(1).getByRole('radio', { name: 'Đạt', exact: true })).toBeChecked();
		}
	};
}
