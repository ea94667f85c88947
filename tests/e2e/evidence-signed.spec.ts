import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateSigningKey, signText } from '../../src/lib/domain/signature';
import { pushItem, signItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { waitForCatalogOnDevice } from './support/inspection';
import { AppServer } from './support/server';
import { waitForServiceWorker } from './support/serviceWorker';
import { signIn } from './support/session';
import { expectNothingWaiting, finalizeShortInspection, openMyInspections, PHOTOS } from './support/sync';

// The signed record end to end: the phone signs at finalize, the server verifies and keeps the signed
// text, the printed biên bản's QR code leads to /verify/<fingerprint>; and what cannot get in: a
// supervisor's fabricated import, a hand-edited export file, a replay with other follow-ups; and what
// `npm run verify` finds when a row is changed behind the app's back.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('the phone signs the record, the server holds it, and the printed QR code verifies it', async ({ page, browser }) => {
	test.setTimeout(120_000);
	await page.goto(server.url('/'));
	await signIn(page, 'thanhtra1');
	await waitForServiceWorker(page);
	await waitForCatalogOnDevice(page);
	// At the end of the visit both sign on the screen, before finalizing.
	const id = await finalizeShortInspection(page, 'so noi vu', 'Sở Nội vụ', PHOTOS.konica, undefined, async (summary) => {
		const signatures = summary.getByRole('region', { name: 'Chữ ký' });
		for (const button of ['Ký trên màn hình (đại diện cơ quan được kiểm tra)', 'Ký trên màn hình (trưởng đoàn kiểm tra)']) {
			await signatures.getByRole('button', { name: button }).click();
			const pad = summary.getByRole('dialog');
			await signOn(summary, pad.getByLabel(/^Khung ký tên của/));
			await pad.getByRole('button', { name: 'Lưu chữ ký' }).click();
			await expect(pad).toHaveCount(0);
		}
		await expect(signatures.getByRole('img', { name: 'Chữ ký của Trần Thị Bình' })).toBeVisible();
		await expect(signatures.getByRole('img', { name: 'Chữ ký của Nguyễn Văn An' })).toBeVisible();
	});
	await openMyInspections(page);
	await expectNothingWaiting(page, 30_000);

	// The biên bản on the phone: its fingerprint as a QR code, and where it leads.
	await page.goto(server.url(`/inspections/${id}/record`));
	const document = page.getByRole('article');
	await expect(document.getByRole('img', { name: 'Mã QR để kiểm tra biên bản trên máy chủ' })).toBeVisible();
	await expect(document.getByText('có chữ ký số của thiết bị người kiểm tra')).toBeVisible();
	// The signatures drawn on site are part of the signed record and printed with it.
	await expect(document.getByRole('img', { name: 'Chữ ký của đại diện cơ quan được kiểm tra, ký trên màn hình' })).toBeVisible();
	await expect(document.getByRole('img', { name: 'Chữ ký của trưởng đoàn, ký trên màn hình' })).toBeVisible();
	const verifyUrl = (await document.locator('.url').textContent()) ?? '';
	expect(verifyUrl).toMatch(new RegExp(`^${server.origin}/verify/[0-9a-f]{64}$`));

	// A supervisor holding the paper opens the address the QR code carries.
	const desk = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const supervisor = await desk.newPage();
	await supervisor.goto(server.url('/'));
	await signIn(supervisor, 'giamsat.tinh');
	await supervisor.goto(verifyUrl);
	await expect(supervisor.getByRole('heading', { level: 2, name: 'Máy chủ giữ đúng biên bản này, có chữ ký số hợp lệ' })).toBeVisible();
	await expect(supervisor.getByText('Đây là lần gửi hiện hành (lần 1).')).toBeVisible();
	await expect(supervisor.getByRole('definition').filter({ hasText: 'Nguyễn Văn An' })).toBeVisible();
	await expect(supervisor.getByRole('definition').filter({ hasText: /Chrome/ })).toBeVisible();

	// One character off: the server holds no such record.
	const fingerprint = verifyUrl.split('/').at(-1) ?? '';
	const altered = `${fingerprint.slice(0, -1)}${fingerprint.endsWith('0') ? '1' : '0'}`;
	await supervisor.goto(server.url(`/verify/${altered}`));
	await expect(supervisor.getByRole('heading', { level: 2, name: 'Máy chủ không có biên bản nào mang đúng mã này' })).toBeVisible();

	// The admin sees the phone's key for the inspector's account.
	const admin = await apiSignIn(server, ACCOUNTS.admin);
	const users = (await (await admin.api.get('/api/admin/users')).json()) as { users: { id: string; username: string }[] };
	const an = users.users.find((u) => u.username === 'thanhtra1');
	const account = (await (await admin.api.get(`/api/admin/users/${an?.id}`)).json()) as { devices: { label: string; revokedAt: string | null }[] };
	expect(account.devices.map((d) => [d.label.includes('Chrome'), d.revokedAt])).toContainEqual([true, null]);
	await admin.api.dispose();
	await desk.close();
});

test('what cannot get in: a fabricated import, a hand-edited file, a replay with other follow-ups', async () => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.communeSupervisor);
	const spec = { inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' as const } };
	const file = (item: { manifest: string; signature: string }) => ({
		exportedAt: '2026-03-02T10:00:00.000Z',
		exportedBy: { id: inspector.userId, name: 'Nguyễn Văn An' },
		entry: { item: { manifest: item.manifest, signature: item.signature }, photos: [] }
	});
	const importOutcome = async (item: { manifest: string; signature: string }) => {
		const response = await supervisor.api.post('/api/sync/import', { data: file(item) });
		expect(response.status(), await response.text()).toBe(200);
		return ((await response.json()) as { result: { outcome: string; message?: string } }).result;
	};

	// The supervisor writes a record in the inspector's name and signs it with a key of their own.
	const written = await pushItem(spec);
	const fabricated = await signItem(written.inspection, [], { id: crypto.randomUUID(), ...(await generateSigningKey()) });
	expect(await importOutcome(fabricated)).toMatchObject({ outcome: 'rejected', message: expect.stringMatching(/chưa đăng ký/) as unknown as string });

	// A genuine record from the inspector's phone, edited in the file on the way.
	const genuine = await pushItem(spec);
	const edited = { ...genuine, manifest: genuine.manifest.replace('"violation"', '"compliant"') };
	expect(await importOutcome(edited)).toMatchObject({ outcome: 'rejected', message: expect.stringMatching(/Chữ ký số không khớp/) as unknown as string });
	expect((await supervisor.api.get(`/api/inspections/${genuine.inspection.id}`)).status()).toBe(404);
	// As it left the phone, it goes in.
	expect(await importOutcome(genuine)).toMatchObject({ outcome: 'created' });

	// Approved: its violation becomes an open recommendation.
	expect((await supervisor.api.post(`/api/review/${genuine.inspection.id}`, { data: { action: 'approve', comment: '' } })).status()).toBe(200);
	const recommendations = async () =>
		((await (await supervisor.api.get(`/api/recommendations?agency=${INSIDE_COMMUNE}`)).json()) as { items: { id: string; status: string; inspectionId: string }[] }).items.filter(
			(r) => r.inspectionId === genuine.inspection.id
		);
	const [open] = await recommendations();
	expect(open?.status).toBe('open');

	// The next visit's record, sent; then the same inspection and revision again claiming the fix on site.
	const next = await pushItem({ ...spec, answers: { 'discipline.on-post': 'compliant' } });
	const push = async (item: { manifest: string; signature: string }) =>
		((await (await inspector.api.post('/api/sync/push', { data: { items: [{ manifest: item.manifest, signature: item.signature }] } })).json()) as { results: { outcome: string }[] }).results[0]?.outcome;
	expect(await push(next)).toBe('created');
	const replay = await pushItem({ ...spec, id: next.inspection.id, answers: { 'discipline.on-post': 'compliant' }, followUps: [{ recommendationId: open?.id ?? '', fixed: true, note: 'Đã khắc phục' }] });
	expect(await push(replay)).toBe('conflict');
	// And the same follow-up glued onto the stored record's signature: not what the phone signed.
	expect(await push({ manifest: replay.manifest, signature: next.signature })).toBe('rejected');
	expect((await recommendations()).map((r) => r.status)).toEqual(['open']);
	// The very record again is a duplicate: nothing changes.
	expect(await push(next)).toBe('duplicate');
	await inspector.api.dispose();
	await supervisor.api.dispose();
});

test('npm run verify holds on what the app wrote, and names the record changed behind its back', async () => {
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const item = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' } });
	const pushed = await inspector.api.post('/api/sync/push', { data: { items: [{ manifest: item.manifest, signature: item.signature }] } });
	expect(((await pushed.json()) as { results: { outcome: string }[] }).results[0]?.outcome).toBe('created');
	await inspector.api.dispose();

	const clean = await verify(server.dataDir);
	expect(clean.code, clean.output).toBe(0);
	expect(clean.output).toMatch(/Ledger verified: \d+ entries/);

	// Someone with the database file changes the finding and signs it again with a key of their own,
	// so the record looks whole on its own: the ledger and the registered key still say otherwise.
	const forged = item.manifest.replace('"violation"', '"compliant"');
	const signature = await signText((await generateSigningKey()).privateKey, forged);
	const db = new Database(join(server.dataDir, 'vhcv.sqlite'));
	db.prepare('UPDATE submissions SET content = ? WHERE inspection_id = ?').run(JSON.stringify({ manifest: forged, signature }), item.inspection.id);
	db.close();
	const tampered = await verify(server.dataDir);
	expect(tampered.code).toBe(1);
	expect(tampered.output).toMatch(new RegExp(`VERIFY FAILED at ledger entry \\d+: Nội dung lần gửi 1 của biên bản ${item.inspection.id} không khớp`));
});

/** A short signature drawn with the mouse across the pad. */
async function signOn(page: Page, pad: Locator): Promise<void> {
	const box = await pad.boundingBox();
	if (!box) throw new Error('no signature pad on screen');
	await page.mouse.move(box.x + 20, box.y + box.height / 2);
	await page.mouse.down();
	for (let k = 1; k <= 12; k++) await page.mouse.move(box.x + 20 + k * 15, box.y + box.height / 2 + (k % 2 ? -25 : 25));
	await page.mouse.up();
}

async function verify(dataDir: string): Promise<{ code: number; output: string }> {
	const child = spawn(process.execPath, ['scripts/verify.js'], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const [code] = (await once(child, 'exit')) as [number];
	return { code, output };
}
