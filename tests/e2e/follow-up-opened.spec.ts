import { expect, test } from '@playwright/test';
import type { ChecklistTemplate } from '../../src/lib/domain/checklist';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, signIn as apiSignIn, TEMPLATE } from './support/api';
import { waitForCatalogOnDevice } from './support/inspection';
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

test('an agency chosen with a connection brings its open recommendations to the phone, and they are there offline in the inspection', async ({ page }) => {
	test.setTimeout(120_000);
	// Another inspector's approved inspection of Sở Tư pháp left two open recommendations.
	const other = await apiSignIn(server, ACCOUNTS.otherInspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.provinceSupervisor);
	const catalog = (await (await other.api.get('/api/catalog')).json()) as { templates: ChecklistTemplate[] };
	const template = catalog.templates.find((t) => t.id === TEMPLATE);
	const violated = (template?.sections ?? []).flatMap((s) => s.items.filter((i) => i.response.kind === 'compliance')).slice(0, 2);
	const pushed = await pushItem({ inspectorId: other.userId, agencyId: 'so-tu-phap', templateId: TEMPLATE, answers: Object.fromEntries(violated.map((item) => [item.id, 'violation'])) });
	expect((await other.api.post('/api/sync/push', { data: { items: [pushed] } })).status()).toBe(200);
	const approved = await supervisor.api.post(`/api/review/${pushed.inspection.id}`, { data: { action: 'approve', comment: '' } });
	expect(approved.status(), await approved.text()).toBe(200);
	await Promise.all([other.api.dispose(), supervisor.api.dispose()]);

	const follows: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.pathname === '/api/sync/pull') follows.push(url.searchParams.get('follow') ?? '');
	});
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.inspector);
	await waitForCatalogOnDevice(page);
	await waitForServiceWorker(page);
	await page.goto(server.url('/inspections/new'));
	await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('so tu phap');
	await page.getByRole('radio', { name: 'Sở Tư pháp', exact: true }).check();
	// Chosen online: the phone follows it and pulls at once; the page then tells what is open there.
	await expect(page.getByRole('status').filter({ hasText: 'Cơ quan này có 2 kiến nghị chưa khắc phục' })).toBeVisible({ timeout: 20_000 });
	expect(follows.some((f) => f.split(',').includes('so-tu-phap'))).toBe(true);

	// On site without a connection: the inspection's follow-up section has both.
	await page.context().setOffline(true);
	await page.getByRole('radio', { name: 'Kiểm tra văn hóa công vụ', exact: true }).check();
	await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sở Tư pháp' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Kiến nghị chưa khắc phục từ lần kiểm tra trước (2)' })).toBeVisible({ timeout: 15_000 });
});
