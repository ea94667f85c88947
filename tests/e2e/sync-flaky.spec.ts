import { expect, test } from '@playwright/test';
import { FlakyProxy } from './support/flakyProxy';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import {
	apiAs,
	deviceState,
	expectPhotosOnServer,
	finalizeShortInspection,
	group,
	manifestOf,
	openMyInspections,
	PHOTOS,
	serverInspection,
	syncPanel
} from './support/sync';

let server: AppServer | null = null;
let proxy: FlakyProxy | null = null;

// Playwright reads a hook's fixtures from the destructuring pattern: none here.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
	// What the line did to each request, to read when this test fails.
	if (proxy) await testInfo.attach('proxy-log.json', { body: JSON.stringify(proxy.log, null, 1), contentType: 'application/json' });
	await proxy?.close();
	await server?.dispose();
});

test('flaky network: requests cut mid-upload, answers lost, the server restarted during sync; every inspection arrives exactly once with all its photos', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	// The proxy is the app's public origin: the browser only ever talks to it.
	proxy = await FlakyProxy.start({ every: 3, seed: 20251126, cutFirstUpload: true, dropFirstPushAnswer: true });
	server = await AppServer.start(undefined, { ORIGIN: proxy.origin });
	proxy.targetPort = server.port;

	proxy.faulty = false;
	await page.goto(`${proxy.origin}/`);
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);

	// Three inspections without signal (two with photos), then the signal comes back through the flaky line.
	await context.setOffline(true);
	const ids = [
		await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', PHOTOS.konica),
		await finalizeShortInspection(page, 'so tu phap', 'Sở Tư pháp', PHOTOS.sony),
		await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', null)
	];
	await openMyInspections(page);
	const onDevice = await deviceState(page);
	expect(onDevice.photos).toHaveLength(2);

	proxy.faulty = true;
	await context.setOffline(false);
	// The server process restarts while the photos are going up.
	const flaky = proxy;
	await expect.poll(() => flaky.log.some((e) => e.method === 'PUT'), { timeout: 15_000 }).toBe(true);
	await server.restart();

	// The inspector presses "Gửi ngay" whenever it is idle, as one does on a bad line: bounded in count and time.
	const waiting = group(page, 'Đã hoàn tất, chờ gửi');
	const send = syncPanel(page).getByRole('button', { name: 'Gửi ngay' });
	const deadline = Date.now() + 30_000;
	for (let attempt = 0; attempt < 25 && Date.now() < deadline; attempt++) {
		if ((await waiting.getByRole('heading').innerText()).includes('(0)')) break;
		if (await send.isEnabled()) await send.click();
		await page.waitForTimeout(800);
	}
	await expect(waiting.getByRole('heading')).toContainText('(0)');
	await expect(group(page, 'Đã gửi').getByRole('heading')).toContainText('(3)');

	// The faults did happen: uploads cut, answers lost after the server acted, refused requests.
	expect(proxy.count('cut-upload', '/api/photos/')).toBeGreaterThanOrEqual(2);
	expect(proxy.log.filter((e) => e.path === '/api/sync/push' && e.fate === 'drop-response' && e.status === 200).length).toBeGreaterThanOrEqual(1);
	expect(proxy.count('drop-response')).toBeGreaterThanOrEqual(2);
	expect(proxy.count('refuse')).toBeGreaterThanOrEqual(1);

	// On the server: each exactly once, revision 1, all photos with matching bytes.
	const inspector = await apiAs(server.origin, proxy.origin, 'thanhtra1');
	const list = (await (await inspector.get('/api/inspections')).json()) as { items: { inspectionId: string; revision: number }[] };
	expect(list.items.map((i) => i.inspectionId).sort()).toEqual([...ids].sort());
	expect(list.items.every((i) => i.revision === 1)).toBe(true);
	for (const id of ids) {
		const stored = await serverInspection(inspector, id);
		expect(stored.events.filter((e) => e.action === 'submitted')).toHaveLength(1);
		const hashes = onDevice.photos.filter((p) => p.inspectionId === id).map((p) => p.sha256);
		expect(manifestOf(stored).photos.map((p) => p.sha256)).toEqual(hashes);
		await expectPhotosOnServer(inspector, hashes);
	}
	await inspector.dispose();

	// Nothing missing on the device: every inspection sent, every photo confirmed and still there.
	const after = await deviceState(page);
	expect(after.inspections.filter((i) => ids.includes(i.id)).map((i) => i.status)).toEqual(['sent', 'sent', 'sent']);
	expect(after.photos.map((p) => p.sha256).sort()).toEqual(onDevice.photos.map((p) => p.sha256).sort());
	expect(after.photos.every((p) => p.confirmedAt !== null)).toBe(true);
});

