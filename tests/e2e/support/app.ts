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

/**
 * Words of the visible text that the layout breaks across two lines ("Nguyễ|n Văn An"): each word of
 * each text node is measured as a range; one that spans more than one line box is broken. Words
 * longer than a line (hashes, URLs) are left out: nothing else could hold them.
 */
export async function wordsBrokenInside(page: Page, selector = 'main'): Promise<string[]> {
	return page.evaluate((root) => {
		const broken: string[] = [];
		const container = document.querySelector(root);
		if (!container) return broken;
		const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			const parent = node.parentElement;
			if (!parent || parent.closest('code, pre')) continue;
			const lineWidth = parent.getBoundingClientRect().width;
			for (const match of text.matchAll(/\S+/g)) {
				const range = document.createRange();
				const start = match.index ?? 0;
				range.setStart(node, start);
				range.setEnd(node, start + match[0].length);
				const rects = [...range.getClientRects()].filter((r) => r.width > 0);
				const tops = new Set(rects.map((r) => Math.round(r.top)));
				const width = rects.reduce((sum, r) => sum + r.width, 0);
				if (tops.size > 1 && width < lineWidth) broken.push(match[0]);
			}
		}
		return broken;
	}, selector);
}
