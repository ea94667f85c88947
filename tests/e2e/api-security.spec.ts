import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fakeJpeg, pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, apiError, client, INSIDE_COMMUNE, listInspectionIds, OUTSIDE_COMMUNE, readInspection, signIn, TEMPLATE, type Session } from './support/api';
import { AppServer, TEST_PASSWORD } from './support/server';

// Every refusal the issue lists, against the real built server: the right status, the API's error
// shape, and the store unchanged afterwards, as seen through the API by someone allowed to look.

let server: AppServer;
let anon: APIRequestContext;
let inspector: Session;
let otherInspector: Session;
let communeSupervisor: Session;
let provinceSupervisor: Session;
let admin: Session;
/** Inspector's inspection inside the commune supervisor's jurisdiction, and one outside it. */
let inside: string;
let outside: string;
let photoHash: string;

const item = (inspectorId: string, agencyId = INSIDE_COMMUNE, photos = [] as ReturnType<typeof fakeJpeg>[]) =>
	pushItem({ inspectorId, agencyId, templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' }, photos });

/** What the store holds, as the admin (who reads everything) sees it. */
const snapshot = () => listInspectionIds(admin.api);

test.beforeAll(async () => {
	server = await AppServer.start();
	anon = await client(server);
	[inspector, otherInspector, communeSupervisor, provinceSupervisor, admin] = await Promise.all([
		signIn(server, ACCOUNTS.inspector),
		signIn(server, ACCOUNTS.otherInspector),
		signIn(server, ACCOUNTS.communeSupervisor),
		signIn(server, ACCOUNTS.provinceSupervisor),
		signIn(server, ACCOUNTS.admin)
	]);
	const photo = fakeJpeg('bang niem yet');
	const a = await item(inspector.userId, INSIDE_COMMUNE, [photo]);
	const b = await item(inspector.userId, OUTSIDE_COMMUNE);
	photoHash = a.photos[0]?.sha256 as string;
	expect((await inspector.api.put(`/api/photos/${photoHash}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'image/jpeg' } })).status()).toBe(201);
	const pushed = await inspector.api.post('/api/sync/push', { data: { items: [a, b] } });
	expect(((await pushed.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(['created', 'created']);
	inside = a.inspection.id;
	outside = b.inspection.id;
});

test.afterAll(async () => {
	for (const session of [inspector, otherInspector, communeSupervisor, provinceSupervisor, admin]) await session?.api.dispose();
	await anon?.dispose();
	await server?.dispose();
});

test('unauthenticated requests get 401 and change nothing', async () => {
	const before = await snapshot();
	const pushed = await item(inspector.userId);
	const calls = [
		anon.get('/api/auth/me'),
		anon.get('/api/sync/pull'),
		anon.post('/api/sync/push', { data: { items: [pushed] } }),
		anon.post('/api/photos/missing', { data: { hashes: [photoHash] } }),
		anon.put(`/api/photos/${photoHash}`, { data: Buffer.from('x'), headers: { 'content-type': 'image/jpeg' } }),
		anon.get(`/api/photos/${photoHash}`),
		anon.get(`/api/inspections/${inside}`),
		anon.get('/api/inspections'),
		anon.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '' } }),
		anon.get('/api/review/inspectors'),
		anon.get('/api/admin/users'),
		anon.get(`/api/admin/users/${inspector.userId}`),
		anon.get('/api/admin/account-options')
	];
	for (const response of await Promise.all(calls)) {
		expect(response.status(), response.url()).toBe(401);
		expect((await apiError(response)).code).toBe('unauthenticated');
	}
	expect((await anon.get('/admin')).status()).toBe(401);
	expect(await snapshot()).toEqual(before);
});

test('the wrong role gets 403: supervisors do not push or upload, inspectors and admins do not review or administer', async () => {
	const before = await snapshot();
	const supervisorsOwn = await item(communeSupervisor.userId);
	const refused = [
		communeSupervisor.api.post('/api/sync/push', { data: { items: [supervisorsOwn] } }),
		communeSupervisor.api.put(`/api/photos/${photoHash}`, { data: Buffer.from('x'), headers: { 'content-type': 'image/jpeg' } }),
		inspector.api.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '' } }),
		admin.api.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '' } }),
		// The admin pages' data: accounts, with their roles and jurisdictions.
		inspector.api.get('/api/admin/users'),
		provinceSupervisor.api.get(`/api/admin/users/${inspector.userId}`),
		communeSupervisor.api.get('/api/admin/account-options')
	];
	for (const response of await Promise.all(refused)) {
		expect(response.status(), response.url()).toBe(403);
		expect((await apiError(response)).code).toBe('forbidden');
	}

	// Admin pages and their form actions (SvelteKit's own origin check passes: same origin).
	expect((await inspector.api.get('/admin')).status()).toBe(403);
	const form = { form: { username: 'ke.gia.mao', displayName: 'Kẻ giả mạo', role: 'admin', password: 'Mat-khau-dai-2026' } };
	expect((await inspector.api.post('/admin/users/new', form)).status()).toBe(403);
	expect((await communeSupervisor.api.post(`/admin/users/${otherInspector.userId}?/disable`, { form: {} })).status()).toBe(403);
	expect((await inspector.api.post(`/admin/users/${inspector.userId}?/role`, { form: { role: 'admin' } })).status()).toBe(403);

	expect(await snapshot()).toEqual(before);
	// No account was made, changed or locked: the would-be admin cannot sign in, the others still can.
	expect((await anon.post('/api/auth/login', { data: { username: 'ke.gia.mao', password: 'Mat-khau-dai-2026' } })).status()).toBe(401);
	expect(((await (await inspector.api.get('/api/auth/me')).json()) as { user: { role: string } }).user.role).toBe('inspector');
	expect((await otherInspector.api.get('/api/auth/me')).status()).toBe(200);
	expect((await readInspection(provinceSupervisor.api, inside)).submission.status).toBe('sent');
});

test("another inspector's inspection can be neither sent nor read", async () => {
	const before = await readInspection(inspector.api, inside);
	const snapshotBefore = await snapshot();

	// As someone else (their inspectorId) and over someone else's inspection id: both rejected.
	const asOther = await item(inspector.userId);
	const overTheirs = await pushItem({ inspectorId: otherInspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, id: inside, answers: { 'discipline.on-post': 'violation' } });
	const response = await otherInspector.api.post('/api/sync/push', { data: { items: [asOther, overTheirs] } });
	expect(response.status()).toBe(200);
	const { results } = (await response.json()) as { results: { outcome: string; message?: string }[] };
	expect(results.map((r) => r.outcome)).toEqual(['rejected', 'rejected']);

	// Reading it, or its photo, answers as for something that does not exist.
	const read = await otherInspector.api.get(`/api/inspections/${inside}`);
	const unknown = await otherInspector.api.get(`/api/inspections/${randomUUID()}`);
	expect(read.status()).toBe(404);
	expect(await read.json()).toEqual(await unknown.json());
	expect((await otherInspector.api.get(`/api/photos/${photoHash}`)).status()).toBe(404);
	expect(await listInspectionIds(otherInspector.api)).toEqual([]);

	// Knowing the photo's hash is no way in: the server does not say it has the bytes, and a record
	// of one's own that cites the hash waits for an upload of those bytes, so the photo stays unread.
	const missing = await otherInspector.api.post('/api/photos/missing', { data: { hashes: [photoHash] } });
	// Nor whether it has a thumbnail: that list covers only photos the asker holds.
	expect(await missing.json()).toEqual({ missing: [photoHash], missingThumbnails: [] });
	expect((await otherInspector.api.get(`/api/photos/${photoHash}?size=thumb`)).status()).toBe(404);
	const citing = await item(otherInspector.userId, INSIDE_COMMUNE, [fakeJpeg('bang niem yet')]);
	expect(citing.photos[0]?.sha256).toBe(photoHash);
	const cited = (await (await otherInspector.api.post('/api/sync/push', { data: { items: [citing] } })).json()) as { results: { outcome: string }[] };
	expect(cited.results.map((r) => r.outcome)).toEqual(['missing-photos']);
	expect((await otherInspector.api.get(`/api/photos/${photoHash}`)).status()).toBe(404);

	expect(await readInspection(inspector.api, inside)).toEqual(before);
	expect(await snapshot()).toEqual(snapshotBefore);
});

test('outside the jurisdiction a supervisor learns nothing: the same 404 as for an unknown id', async () => {
	const review = { action: 'return', comment: 'Bổ sung' };
	const outsideReview = await communeSupervisor.api.post(`/api/review/${outside}`, { data: review });
	const unknownReview = await communeSupervisor.api.post(`/api/review/${randomUUID()}`, { data: review });
	expect(outsideReview.status()).toBe(404);
	expect(unknownReview.status()).toBe(404);
	expect(await outsideReview.json()).toEqual(await unknownReview.json());

	const outsideRead = await communeSupervisor.api.get(`/api/inspections/${outside}`);
	expect(outsideRead.status()).toBe(404);
	expect(await outsideRead.json()).toEqual(await (await communeSupervisor.api.get(`/api/inspections/${randomUUID()}`)).json());
	// Inside the jurisdiction the same supervisor reads it, and the photo with it.
	expect((await readInspection(communeSupervisor.api, inside)).submission.inspectionId).toBe(inside);
	expect((await communeSupervisor.api.get(`/api/photos/${photoHash}`)).status()).toBe(200);

	const stored = await readInspection(provinceSupervisor.api, outside);
	expect(stored.submission.status).toBe('sent');
	expect(stored.events.map((e) => e.action)).toEqual(['submitted']);
});

test('malformed bodies get 400 with field errors', async () => {
	const before = await snapshot();
	const cases: [APIRequestContext, string, unknown, string][] = [
		[inspector.api, '/api/sync/push', { items: [] }, 'items'],
		[inspector.api, '/api/sync/push', { items: [{ manifest: '{}', signature: 'not a signature' }] }, 'items.0.signature'],
		[inspector.api, '/api/devices', { id: 'not-a-uuid', publicKey: { kty: 'EC' }, label: '' }, 'id'],
		[inspector.api, '/api/photos/missing', { hashes: ['xyz'] }, 'hashes.0'],
		[anon, '/api/auth/login', { username: '' }, 'password'],
		[communeSupervisor.api, `/api/review/${inside}`, { action: 'maybe', comment: '' }, 'action'],
		[communeSupervisor.api, `/api/review/${inside}`, { action: 'return', comment: '  ' }, 'comment']
	];
	for (const [api, path, data, field] of cases) {
		const response = await api.post(path, { data });
		expect(response.status(), `${path} ${JSON.stringify(data)}`).toBe(400);
		const error = await apiError(response);
		expect(error.fields?.[field], JSON.stringify(error)).toBeTruthy();
	}

	const notJson = await inspector.api.post('/api/sync/push', { data: Buffer.from('{"items": ['), headers: { 'content-type': 'application/json' } });
	expect(notJson.status()).toBe(400);
	expect((await apiError(notJson)).code).toBe('invalid-json');
	const notJsonType = await inspector.api.post('/api/sync/push', { data: Buffer.from('items=1'), headers: { 'content-type': 'text/plain' } });
	expect(notJsonType.status()).toBe(415);
	expect((await inspector.api.get('/api/sync/pull?cursor=zzz')).status()).toBe(400);

	expect(await snapshot()).toEqual(before);
	expect((await readInspection(provinceSupervisor.api, inside)).submission.status).toBe('sent');
});

test('oversized bodies get 413 before they are read, per route', async () => {
	const before = await snapshot();
	const big = (bytes: number) => JSON.stringify({ items: [], padding: 'x'.repeat(bytes) });
	const cases: [APIRequestContext, string, string | Buffer, Record<string, string>][] = [
		[inspector.api, '/api/sync/push', big(2 * 1024 * 1024), { 'content-type': 'application/json' }],
		[anon, '/api/auth/login', big(5 * 1024), { 'content-type': 'application/json' }],
		[inspector.api, '/api/photos/missing', big(300 * 1024), { 'content-type': 'application/json' }],
		// A gzip bomb: 9 KB on the wire, 8 MB once inflated.
		[inspector.api, '/api/sync/push', gzipSync(Buffer.alloc(8 * 1024 * 1024, 32)), { 'content-type': 'application/json', 'content-encoding': 'gzip' }]
	];
	for (const [api, path, data, headers] of cases) {
		const response = await api.post(path, { data, headers });
		expect(response.status(), path).toBe(413);
		expect((await apiError(response)).code).toBe('payload-too-large');
	}
	const photo = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff);
	const tooBig = await inspector.api.put(`/api/photos/${'a'.repeat(64)}`, { data: photo, headers: { 'content-type': 'image/jpeg' } });
	expect(tooBig.status()).toBe(413);
	expect(await snapshot()).toEqual(before);
	expect(((await (await inspector.api.post('/api/photos/missing', { data: { hashes: ['a'.repeat(64)] } })).json()) as { missing: string[] }).missing).toEqual(['a'.repeat(64)]);
});

test('a photo whose bytes do not match its hash, or are not JPEG/PNG, is refused and not stored', async () => {
	const photo = fakeJpeg('mot anh khac');
	const right = (await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, photos: [photo] })).photos[0]?.sha256 as string;
	const wrongHash = await inspector.api.put(`/api/photos/${'0'.repeat(64)}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'image/jpeg' } });
	expect(wrongHash.status()).toBe(400);
	expect((await apiError(wrongHash)).code).toBe('photo-hash-mismatch');

	const truncated = await inspector.api.put(`/api/photos/${right}`, { data: Buffer.from(photo.bytes.slice(0, 1000)), headers: { 'content-type': 'image/jpeg' } });
	expect(truncated.status()).toBe(400);

	const asPng = await inspector.api.put(`/api/photos/${right}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'image/png' } });
	expect(asPng.status()).toBe(415);
	const asText = await inspector.api.put(`/api/photos/${right}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'text/plain' } });
	expect(asText.status()).toBe(415);
	expect((await inspector.api.put('/api/photos/NOT-A-HASH', { data: Buffer.from('x'), headers: { 'content-type': 'image/jpeg' } })).status()).toBe(400);

	const missing = await inspector.api.post('/api/photos/missing', { data: { hashes: [right, '0'.repeat(64), photoHash] } });
	expect(((await missing.json()) as { missing: string[] }).missing).toEqual([right, '0'.repeat(64)]);
});

test('a foreign Origin is refused with 403 on every state-changing API request', async () => {
	const before = await snapshot();
	const evil = { origin: 'https://evil.example' };
	const foreignLogin = await anon.post('/api/auth/login', { data: { username: ACCOUNTS.inspector, password: TEST_PASSWORD }, headers: evil });
	expect(foreignLogin.status()).toBe(403);
	expect((await apiError(foreignLogin)).code).toBe('cross-origin');
	expect(foreignLogin.headers()['set-cookie']).toBeUndefined();

	const pushed = await item(inspector.userId);
	const refused = [
		inspector.api.post('/api/sync/push', { data: { items: [pushed] }, headers: evil }),
		inspector.api.put(`/api/photos/${photoHash}`, { data: Buffer.from('x'), headers: { ...evil, 'content-type': 'image/jpeg' } }),
		communeSupervisor.api.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '' }, headers: evil }),
		inspector.api.post('/api/auth/logout', { headers: evil })
	];
	for (const response of await Promise.all(refused)) expect(response.status(), response.url()).toBe(403);

	// Neither Origin nor Sec-Fetch-Site: not from a page of ours either.
	const bare = await client(server, { origin: '' });
	const noOrigin = await bare.post('/api/auth/login', { data: { username: ACCOUNTS.inspector, password: TEST_PASSWORD }, headers: { origin: '' } });
	expect(noOrigin.status()).toBe(403);
	await bare.dispose();

	// A cross-site form post to an admin action: SvelteKit's own check.
	expect((await admin.api.post('/admin/users/new', { form: { username: 'x' }, headers: evil })).status()).toBe(403);

	expect(await snapshot()).toEqual(before);
	expect((await inspector.api.get('/api/auth/me')).status()).toBe(200);
	expect((await readInspection(provinceSupervisor.api, inside)).submission.status).toBe('sent');
});

test('every response carries the security headers', async () => {
	for (const path of ['/', '/api/catalog', '/api/auth/me', '/api/nowhere']) {
		const headers = (await anon.get(path)).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		// Pages also carry X-Frame-Options; API answers are never documents, and frame-ancestors covers them.
		if (path.startsWith('/api/')) {
			expect(headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBeUndefined();
		} else {
			expect(headers['x-frame-options'], path).toBe('DENY');
		}
	}
	// Files adapter-node serves before any hook runs: the worker, the manifest, the app's JavaScript.
	const script = /src="(\/_app\/[^"]+\.js)"|import\("(\/_app\/[^"]+\.js)"\)/.exec(await (await anon.get('/')).text());
	const appScript = script?.[1] ?? script?.[2];
	expect(appScript).toBeDefined();
	for (const path of ['/service-worker.js', '/manifest.webmanifest', appScript as string]) {
		const response = await anon.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		// Served over plain HTTP here: no HSTS (a browser ignores it there, and ORIGIN says http).
		expect(response.headers()['strict-transport-security'], path).toBeUndefined();
	}
	const page = (await anon.get('/')).headers()['content-security-policy'] ?? '';
	expect(page).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(page).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
	expect(page).not.toContain('unsafe-eval');
});

test('login attempts are rate-limited per username and address: 429 with Retry-After', async () => {
	const attempt = () => anon.post('/api/auth/login', { data: { username: 'khong.co.ai', password: 'sai-mat-khau-123' } });
	for (let i = 0; i < 10; i++) expect((await attempt()).status()).toBe(401);
	const throttled = await attempt();
	expect(throttled.status()).toBe(429);
	expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
	expect((await apiError(throttled)).code).toBe('rate-limited');
	// Other accounts are not locked out by it.
	expect((await anon.post('/api/auth/login', { data: { username: ACCOUNTS.admin, password: TEST_PASSWORD } })).status()).toBe(200);
});
