import { expect, test } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, OUTSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { AppServer } from './support/server';
import { signIn } from './support/session';

// The statistics map reads the compact columns of /api/stats/map (mapWire.ts) and still shows what
// it showed from one object per inspection: how many located inspections, grouped where they crowd,
// with their count, mean compliance and agency.

let server: AppServer;

test.beforeAll(async () => {
	server = await AppServer.start();
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	// Both at the same spot (pushItem's fix): one compliant, one violation.
	const a = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' } });
	const b = await pushItem({ inspectorId: inspector.userId, agencyId: OUTSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' } });
	const pushed = await inspector.api.post('/api/sync/push', { data: { items: [a, b] } });
	expect(pushed.status()).toBe(200);
	await inspector.api.dispose();
});

test.afterAll(async () => {
	await server.dispose();
});

test('the statistics map shows each supervisor the located inspections of their jurisdiction, grouped with count and mean compliance', async ({ page, browser }) => {
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.provinceSupervisor);
	await page.goto(server.url('/stats'));
	const map = page.getByRole('region', { name: 'Bản đồ các cuộc kiểm tra theo tỉ lệ đạt' });
	await expect(page.getByText('2 biên bản có vị trí.')).toBeVisible();
	// The two share a spot: one group of 2, its mean compliance (100 % and 0 %) in its name.
	await expect(map.getByTitle(/^2 biên bản, tỉ lệ đạt trung bình 50/)).toBeVisible();

	const commune = await (await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' })).newPage();
	await commune.goto(server.url('/'));
	await signIn(commune, ACCOUNTS.communeSupervisor);
	await commune.goto(server.url('/stats'));
	await expect(commune.getByText('1 biên bản có vị trí.')).toBeVisible();
	const communeMap = commune.getByRole('region', { name: 'Bản đồ các cuộc kiểm tra theo tỉ lệ đạt' });
	// A lone inspection is a dot whose tooltip names its agency and rate.
	await communeMap.locator('path.leaflet-interactive').hover();
	await expect(communeMap.getByText(/·\s*100/)).toBeVisible();
	await commune.context().close();
});
