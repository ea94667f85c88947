import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fakeJpeg, pushItem, type ItemSpec } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, readInspection, signIn, TEMPLATE, type Session } from './support/api';
import { AppServer } from './support/server';

// The sync protocol against the real built server: exactly once (created, duplicate, conflict),
// photos by hash before the inspection, and a supervisor's return coming back down by pull.

interface Result {
	id: string;
	revision: number;
	outcome: string;
	receivedAt: string | null;
	missingPhotos: string[];
	message?: string;
}

let server: AppServer;
let inspector: Session;
let supervisor: Session;

const spec = (overrides: Partial<ItemSpec> = {}): ItemSpec => ({
	inspectorId: inspector.userId,
	agencyId: INSIDE_COMMUNE,
	templateId: TEMPLATE,
	answers: { 'discipline.on-post': 'compliant', 'discipline.punctuality': 'violation' },
	...overrides
});

async function push(items: unknown[], gzip = false): Promise<Result[]> {
	const body = JSON.stringify({ items });
	const response = await inspector.api.post('/api/sync/push', {
		data: gzip ? gzipSync(body) : Buffer.from(body),
		headers: { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) }
	});
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { results: Result[] }).results;
}

test.beforeAll(async () => {
	server = await AppServer.start();
	inspector = await signIn(server, ACCOUNTS.inspector);
	supervisor = await signIn(server, ACCOUNTS.communeSupervisor);
});

test.afterAll(async () => {
	await inspector?.api.dispose();
	await supervisor?.api.dispose();
	await server?.dispose();
});

test('the same push twice is created, then duplicate; stored once', async () => {
	const items = [await pushItem(spec()), await pushItem(spec())];
	const first = await push(items);
	expect(first.map((r) => r.outcome)).toEqual(['created', 'created']);
	const second = await push(items);
	expect(second.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
	// A retry is told when the server first took it on.
	expect(second.map((r) => r.receivedAt)).toEqual(first.map((r) => r.receivedAt));
	for (const item of items) {
		const stored = await readInspection(inspector.api, item.inspection.id);
		expect(stored.events.map((e) => e.action)).toEqual(['submitted']);
	}
});

test('changed content under the same id and revision is a conflict; the first version stays', async () => {
	const original = await pushItem(spec());
	expect((await push([original]))[0]?.outcome).toBe('created');
	const before = await readInspection(inspector.api, original.inspection.id);
	const changed = await pushItem(spec({ id: original.inspection.id, answers: { 'discipline.on-post': 'violation' } }));
	const [result] = await push([changed]);
	expect(result).toMatchObject({ id: original.inspection.id, revision: 1, outcome: 'conflict', receivedAt: null });
	expect(result?.message).toBeTruthy();
	expect(await readInspection(inspector.api, original.inspection.id)).toEqual(before);
});

test('photos first: missing-photos, upload only what is missing, then created', async () => {
	const photos = [fakeJpeg('so theo doi'), fakeJpeg('bang cong khai', 4096)];
	const item = await pushItem(spec({ photos }));
	const hashes = item.photos.map((p) => p.sha256);

	const [early] = await push([item]);
	expect(early).toMatchObject({ outcome: 'missing-photos', missingPhotos: hashes, receivedAt: null });

	const missing = await inspector.api.post('/api/photos/missing', { data: { hashes } });
	expect(((await missing.json()) as { missing: string[] }).missing).toEqual(hashes);
	for (const [i, photo] of photos.entries()) {
		const put = () => inspector.api.put(`/api/photos/${hashes[i]}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': photo.mime } });
		expect((await put()).status()).toBe(201);
		// A repeated upload is a no-op.
		expect((await put()).status()).toBe(200);
	}
	expect(((await (await inspector.api.post('/api/photos/missing', { data: { hashes } })).json()) as { missing: string[] }).missing).toEqual([]);

	expect((await push([item]))[0]?.outcome).toBe('created');
	const photo = await inspector.api.get(`/api/photos/${hashes[0]}`);
	expect(photo.status()).toBe(200);
	expect(photo.headers()['content-type']).toBe('image/jpeg');
	expect(photo.headers()['cache-control']).toBe('private, max-age=31536000, immutable');
	expect(new Uint8Array(await photo.body())).toEqual(photos[0]?.bytes);
});

test('a gzipped push is accepted like a plain one', async () => {
	const item = await pushItem(spec());
	expect((await push([item], true))[0]?.outcome).toBe('created');
	expect((await push([item]))[0]?.outcome).toBe('duplicate');
});

test('a return by the supervisor reaches the device by pull, with comments and the content', async () => {
	const first = await (await inspector.api.get('/api/sync/pull')).json();
	expect(first.templates.length).toBeGreaterThan(0);
	expect(first.agencies.length).toBeGreaterThan(0);
	const cursor = first.cursor as string;

	const item = await pushItem(spec());
	expect((await push([item]))[0]?.outcome).toBe('created');
	const review = await supervisor.api.post(`/api/review/${item.inspection.id}`, {
		data: { action: 'return', comment: 'Bổ sung ảnh sổ theo dõi giờ làm việc', itemComments: { 'discipline.punctuality': 'Ghi rõ người vi phạm' }, revision: 1 }
	});
	expect(review.status(), await review.text()).toBe(200);
	// Decided once: a second decision on the same revision is refused.
	expect((await supervisor.api.post(`/api/review/${item.inspection.id}`, { data: { action: 'approve', comment: '' } })).status()).toBe(409);

	const pulled = await (await inspector.api.get(`/api/sync/pull?cursor=${encodeURIComponent(cursor)}`)).json();
	// The catalog did not change since the first pull: not sent again.
	expect([pulled.templates, pulled.agencies]).toEqual([[], []]);
	expect(pulled.decisions).toEqual([
		expect.objectContaining({
			inspectionId: item.inspection.id,
			revision: 1,
			action: 'returned',
			comment: 'Bổ sung ảnh sổ theo dõi giờ làm việc',
			itemComments: { 'discipline.punctuality': 'Ghi rõ người vi phạm' },
			by: 'Phạm Quốc Dũng'
		})
	]);
	expect(pulled.returned).toHaveLength(1);
	expect(pulled.returned[0].inspection).toMatchObject({ id: item.inspection.id, status: 'returned', revision: 1 });
	// Rebuilt from the sealed record: the findings as sent (edit times are not part of the record).
	const findings = (answers: Record<string, { value: unknown; note: string }>) =>
		Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { value: a.value, note: a.note }]));
	expect(findings(pulled.returned[0].inspection.answers)).toEqual(findings(item.inspection.answers));
	expect(pulled.returned[0].inspection.manifestHash).toBe(item.inspection.manifestHash);

	// The corrected revision 2 is a new submission, and the trail keeps all of it.
	const corrected = await pushItem(spec({ id: item.inspection.id, revision: 2, answers: { 'discipline.on-post': 'compliant', 'discipline.punctuality': 'compliant' } }));
	expect((await push([corrected]))[0]?.outcome).toBe('created');
	const stored = await readInspection(supervisor.api, item.inspection.id);
	expect(stored.submission).toMatchObject({ revision: 2, status: 'sent' });
	expect(stored.events.map((e) => e.action)).toEqual(['submitted', 'returned', 'resubmitted']);

	const next = await (await inspector.api.get(`/api/sync/pull?cursor=${encodeURIComponent(pulled.cursor)}`)).json();
	expect(next.decisions).toEqual([]);
});
