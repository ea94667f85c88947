import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ACCOUNTS } from './api';
import { TEST_PASSWORD, type AppServer } from './server';

/** The administration pages are tried on a 360 px phone: the narrowest screen they must fit. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

/** No sideways scrolling, and no serious or critical WCAG 2.1 A/AA finding, on the page as it is now. */
export async function expectFitsAndAccessible(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
	expect(blocking).toEqual([]);
}

/**
 * A phone-sized browser signed in as the administrator, and a page in it (nothing opened yet).
 * Signed in through the API on the page's own request context, so the page has the session cookie.
 */
export async function adminOnPhone(browser: Browser, server: AppServer): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const login = await page.request.post(server.url('/api/auth/login'), { data: { username: ACCOUNTS.admin, password: TEST_PASSWORD }, headers: { origin: server.origin } });
	expect(login.status()).toBe(200);
	return { context, page };
}

export interface CatalogTemplate {
	id: string;
	version: number;
	sections: { items: { id: string; text: { vi: string }; response: Record<string, unknown> }[] }[];
}

/** Every published version of a template in the catalog the phones pull, as the page's session reads it. */
export async function catalogVersions(page: Page, server: AppServer, templateId: string): Promise<CatalogTemplate[]> {
	const response = await page.request.get(server.url('/api/catalog'));
	expect(response.status()).toBe(200);
	const catalog = (await response.json()) as { templates: CatalogTemplate[] };
	return catalog.templates.filter((t) => t.id === templateId);
}
