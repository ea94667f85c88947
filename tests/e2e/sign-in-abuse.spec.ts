import { expect, test } from '@playwright/test';
import { fakeJpeg } from '../fixtures/sync/pushItems';
import { sha256Hex } from '../../src/lib/domain/sha256';
import { ACCOUNTS, client } from './support/api';
import { AppServer, TEST_PASSWORD } from './support/server';

// Against a real server started as README says behind a proxy (ADDRESS_HEADER set), so each
// request can come from the address its X-Forwarded-For names.
let server: AppServer;

test.beforeAll(async () => {
	server = await AppServer.start(undefined, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
});
test.afterAll(async () => {
	await server.dispose();
});

const from = (address: string) => client(server, { 'x-forwarded-for': address });
const login = async (address: string, username: string, password: string) =>
	(await (await from(address)).post('/api/auth/login', { data: { username, password } })).status();

test('ten wrong passwords from one address do not lock the account: the right one from another address signs in', async () => {
	for (let i = 0; i < 10; i++) expect(await login('198.51.100.1', ACCOUNTS.communeSupervisor, `đoán ${i}`)).toBe(401);
	// That address has failed on this account ten times: it waits, with a Retry-After.
	const refused = await (await from('198.51.100.1')).post('/api/auth/login', { data: { username: ACCOUNTS.communeSupervisor, password: TEST_PASSWORD } });
	expect(refused.status()).toBe(429);
	expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
	// The supervisor, at their own desk, is not locked out.
	expect(await login('198.51.100.2', ACCOUNTS.communeSupervisor, TEST_PASSWORD)).toBe(200);
});

test('a burst of 100 wrong sign-ins neither stalls a signed-in user nor grows the server beyond 200 MB', async () => {
	test.setTimeout(120_000);
	// Behind the proxy every request names its address; the inspector works from their own.
	const inspector = { api: await from('198.51.100.30') };
	expect((await inspector.api.post('/api/auth/login', { data: { username: ACCOUNTS.inspector, password: TEST_PASSWORD } })).status()).toBe(200);
	const photo = fakeJpeg('trong lúc bị tấn công');
	const hash = await sha256Hex(photo.bytes);
	// Warm: the catalog and the first hash are made once whatever happens.
	expect((await inspector.api.get('/api/catalog')).status()).toBe(200);
	const before = server.residentBytes();

	const attacker = await from('203.0.113.9');
	const burst = Promise.all(
		Array.from({ length: 100 }, (_, i) => attacker.post('/api/auth/login', { data: { username: ACCOUNTS.provinceSupervisor, password: `sai ${i}` } }))
	);
	// While the burst is being answered, the signed-in inspector works as usual.
	const timings: Record<string, number> = {};
	let peak = before;
	const timed = async (name: string, call: () => Promise<{ status(): number }>) => {
		const started = Date.now();
		const response = await call();
		timings[name] = Date.now() - started;
		peak = Math.max(peak, server.residentBytes());
		return response.status();
	};
	await new Promise((resolve) => setTimeout(resolve, 200));
	expect(await timed('catalog', () => inspector.api.get('/api/catalog'))).toBe(200);
	expect(await timed('photo upload', () => inspector.api.put(`/api/photos/${hash}`, { data: Buffer.from(photo.bytes), headers: { 'content-type': 'image/jpeg' } }))).toBe(201);
	expect(await timed('my inspections', () => inspector.api.get('/api/inspections'))).toBe(200);
	for (const [name, ms] of Object.entries(timings)) expect(ms, name).toBeLessThan(1000);

	const statuses = (await burst).map((r) => r.status());
	peak = Math.max(peak, server.residentBytes());
	// Some were checked (401), the rest refused at once (503) instead of queuing without bound.
	expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
	expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
	expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
	const busy = (await burst).find((r) => r.status() === 503);
	expect(Number(busy?.headers()['retry-after'])).toBeGreaterThan(0);
	test.info().annotations.push({
		type: 'measured',
		description: `answers during the burst ${JSON.stringify(timings)} ms; growth ${Math.round((peak - before) / 1e6)} MB; ${statuses.filter((s) => s === 401).length} checked, ${statuses.filter((s) => s === 503).length} refused`
	});
	expect(peak - before).toBeLessThan(200 * 1024 * 1024);
	// And the province supervisor, from their own address, still signs in.
	expect(await login('198.51.100.20', ACCOUNTS.provinceSupervisor, TEST_PASSWORD)).toBe(200);
});
