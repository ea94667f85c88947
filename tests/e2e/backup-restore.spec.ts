import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fakeJpeg, pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, signIn, TEMPLATE } from './support/api';
import { AppServer, DEFAULT_BUILD_DIR } from './support/server';

let original: AppServer;
let restored: AppServer;
const backupDir = mkdtempSync(join(tmpdir(), 'vhcv-backup-'));

test.afterAll(async () => {
	await original?.dispose();
	await restored?.dispose();
	rmSync(backupDir, { recursive: true, force: true });
});

/** `npm run backup|restore -- DIR` as an operator runs it, against a server's data directory. */
async function run(command: 'backup' | 'restore', dataDir: string): Promise<string> {
	const child = spawn(process.execPath, ['scripts/backup.js', command, backupDir], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, BUILD_OUT: DEFAULT_BUILD_DIR },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const [code] = await once(child, 'exit');
	expect(code, output).toBe(0);
	return output;
}

/** Sends one inspection with one photo as the phone does: photo first, then the record. Resolves once acknowledged. */
async function send(api: APIRequestContext, inspectorId: string, n: number): Promise<{ id: string; hash: string }> {
	const photo = fakeJpeg(`ảnh ${n}`);
	const item = await pushItem({ inspectorId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' }, photos: [photo] });
	const hash = item.photos[0]?.sha256 as string;
	expect((await api.put(`/api/photos/${hash}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'image/jpeg' } })).status()).toBeLessThan(300);
	const pushed = (await (await api.post('/api/sync/push', { data: { items: [item] } })).json()) as { results: { outcome: string }[] };
	expect(pushed.results[0]?.outcome).toBe('created');
	return { id: item.inspection.id, hash };
}

test('a backup taken while phones send restores every acknowledged inspection and photo; later ones are all in or all out', async () => {
	test.setTimeout(180_000);
	original = await AppServer.start();
	const inspector = await signIn(original, ACCOUNTS.inspector);
	const before: { id: string; hash: string }[] = [];
	for (let n = 0; n < 15; n++) before.push(await send(inspector.api, inspector.userId, n));

	// Phones keep sending while the backup runs.
	const during: { id: string; hash: string }[] = [];
	let sending = true;
	const sender = (async () => {
		for (let n = 100; sending; n++) during.push(await send(inspector.api, inspector.userId, n));
	})();
	await new Promise((resolve) => setTimeout(resolve, 300));
	const report = await run('backup', original.dataDir);
	sending = false;
	await sender;
	expect(report).toMatch(/Backed up \d+ inspections and \d+ photos/);
	expect(during.length).toBeGreaterThan(0);

	// A new install, restored from the backup.
	restored = await AppServer.start();
	await restored.stop();
	for (const entry of readdirSync(restored.dataDir)) rmSync(join(restored.dataDir, entry), { recursive: true, force: true });
	expect(await run('restore', restored.dataDir)).toMatch(/Restored \d+ inspections/);
	await restored.start();
	const admin = await signIn(restored, ACCOUNTS.admin);

	const present = async ({ id, hash }: { id: string; hash: string }) => {
		const record = (await admin.api.get(`/api/inspections/${id}`)).status();
		const photo = await admin.api.get(`/api/photos/${hash}`);
		return { record, photo: photo.status(), bytes: photo.status() === 200 ? (await photo.body()).length : 0 };
	};
	for (const sent of before) {
		const found = await present(sent);
		expect(found.record, sent.id).toBe(200);
		expect(found.photo, sent.hash).toBe(200);
		expect(found.bytes).toBeGreaterThan(0);
	}
	let kept = 0;
	for (const sent of during) {
		const found = await present(sent);
		// Acknowledged after the backup started: in it with its photo, or not in it at all.
		if (found.record === 200) {
			kept += 1;
			expect(found.photo, sent.hash).toBe(200);
		} else expect(found.record).toBe(404);
	}
	test.info().annotations.push({ type: 'measured', description: `${before.length} before, ${during.length} during the backup, ${kept} of those in it` });

	// The restored copy holds up as evidence: the ledger, every signature and every photo verify.
	const verify = spawn(process.execPath, ['scripts/verify.js'], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: restored.dataDir } });
	let verified = '';
	verify.stdout.on('data', (chunk: Buffer) => (verified += chunk.toString()));
	verify.stderr.on('data', (chunk: Buffer) => (verified += chunk.toString()));
	const [verifyCode] = await once(verify, 'exit');
	expect(verifyCode, verified).toBe(0);
	expect(verified).toMatch(/Ledger verified: \d+ entries/);
	expect(Number(/(\d+) revisions \((\d+) signed/.exec(verified)?.[2] ?? 0)).toBeGreaterThanOrEqual(before.length + kept);

	// A second restore over live data is refused: nothing is overwritten.
	const child = spawn(process.execPath, ['scripts/backup.js', 'restore', backupDir], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: restored.dataDir } });
	const [code] = await once(child, 'exit');
	expect(code).toBe(1);
});
