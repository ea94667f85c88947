import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { themeText } from '../../src/lib/components/themeText';
import type { ChecklistTemplate } from '../../src/lib/domain/checklist';
import { vietnamDate } from '../../src/lib/domain/dates';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, signIn as apiSignIn, TEMPLATE } from './support/api';
import { startInspection, waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

const DAY = 86_400_000;
const OPEN_RECOMMENDATIONS = 30;
const OVERDUE = 4;

test('30 open recommendations keep "Thông tin chung" short at 360 px, grouped by theme with counts, overdue first; one in a collapsed group is recorded offline', async ({ page }) => {
	test.setTimeout(120_000);
	// An approved inspection of Sở Nội vụ with 30 violations: 30 open recommendations, the first 4 due today.
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.provinceSupervisor);
	const catalog = (await (await inspector.api.get('/api/catalog')).json()) as { templates: ChecklistTemplate[] };
	const template = catalog.templates.find((t) => t.id === TEMPLATE);
	const items = (template?.sections ?? []).flatMap((s) => s.items.filter((i) => i.response.kind === 'compliance').map((item) => ({ item, theme: s.theme })));
	const violated = items.slice(0, OPEN_RECOMMENDATIONS);
	expect(violated).toHaveLength(OPEN_RECOMMENDATIONS);
	const pushed = await pushItem({ inspectorId: inspector.userId, agencyId: 'so-noi-vu', templateId: TEMPLATE, answers: Object.fromEntries(violated.map((v) => [v.item.id, 'violation'])) });
	expect((await inspector.api.post('/api/sync/push', { data: { items: [pushed] } })).status()).toBe(200);
	const today = vietnamDate(new Date());
	const later = vietnamDate(new Date(Date.now() + 60 * DAY));
	const deadlines = Object.fromEntries(violated.map((v, i) => [v.item.id, i < OVERDUE ? today : later]));
	const approved = await supervisor.api.post(`/api/review/${pushed.inspection.id}`, { data: { action: 'approve', comment: '', deadlines } });
	expect(approved.status(), await approved.text()).toBe(200);
	await Promise.all([inspector.api.dispose(), supervisor.api.dispose()]);

	// The inspector goes back three days later: the four due "today" are now overdue.
	await page.clock.install({ time: new Date(Date.now() + 3 * DAY) });
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.inspector);
	await waitForCatalogOnDevice(page);
	await page.goto(server.url('/'));
	await startInspection(page, 'so noi vu', 'Sở Nội vụ');
	const section = page.getByRole('region', { name: `Kiến nghị chưa khắc phục từ lần kiểm tra trước (${OPEN_RECOMMENDATIONS})` });
	await expect(section).toBeVisible({ timeout: 15_000 });
	await expect(section.getByText(`Quá hạn: ${OVERDUE}; đã ghi nhận: 0/${OPEN_RECOMMENDATIONS}.`)).toBeVisible();

	// One collapsed group per theme; the group holding the overdue ones comes first with its count.
	const themes = [...new Set(violated.map((v) => v.theme))];
	const groups = section.getByRole('group');
	await expect(groups).toHaveCount(themes.length);
	const overdueTheme = violated[0]?.theme ?? 'discipline';
	await expect(groups.first()).toContainText(themeText(overdueTheme).vi);
	await expect(groups.first()).toContainText(`Quá hạn: ${OVERDUE}`);
	await expect(section.getByRole('radio')).toHaveCount(0);
	// Short: the whole section fits in about a screen and a half (listed in full it was ~25,000 px).
	const height = (await section.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
	test.info().annotations.push({ type: 'follow-up section height at 360 px', description: `${Math.round(height)} px` });
	expect(height).toBeLessThan(1_200);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="follow-up-title"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

	// Offline on site: open the last group and record one of its recommendations.
	await waitForServiceWorker(page);
	await page.context().setOffline(true);
	const last = violated[OPEN_RECOMMENDATIONS - 1];
	if (!last) throw new Error('no recommendation');
	const lastGroup = groups.filter({ hasText: themeText(last.theme).vi });
	await lastGroup.getByText(themeText(last.theme).vi).click();
	const card = lastGroup.getByRole('article', { name: last.item.text.vi });
	await card.getByRole('radio', { name: 'Chưa khắc phục' }).check();
	await card.getByRole('textbox', { name: 'Ghi chú kiểm tra lại' }).fill('Chưa sửa, hẹn tuần sau');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy' })).toBeVisible();
	await expect(lastGroup).toContainText('Đã ghi nhận: 1');

	// Still there after a reload with no network.
	await page.reload();
	const again = page.getByRole('region', { name: /Kiến nghị chưa khắc phục từ lần kiểm tra trước/ });
	await expect(again.getByText(`Quá hạn: ${OVERDUE}; đã ghi nhận: 1/${OPEN_RECOMMENDATIONS}.`)).toBeVisible({ timeout: 15_000 });
	const reopened = again.getByRole('group').filter({ hasText: themeText(last.theme).vi });
	await reopened.getByText(themeText(last.theme).vi).click();
	const saved = reopened.getByRole('article', { name: last.item.text.vi });
	await expect(saved.getByRole('radio', { name: 'Chưa khắc phục' })).toBeChecked();
	await expect(saved.getByRole('textbox', { name: 'Ghi chú kiểm tra lại' })).toHaveValue('Chưa sửa, hẹn tuần sau');
});
