import { expect, type Page } from '@playwright/test';

/** The accessible name of the layout's main navigation (src/lib/components/MainNav.svelte). */
export const MAIN_NAV = 'Điều hướng chính';

/**
 * The app itself rendered this URL: the layout's main navigation is there, the route drew its
 * heading, and it is not SvelteKit's error page (a shell that loaded no route shows none of it).
 */
export async function expectAppShown(page: Page): Promise<void> {
	await expect(page.getByRole('navigation', { name: MAIN_NAV })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: /^(404|500)$/ })).toHaveCount(0);
}
