import { expect, test } from '@playwright/test';
import { client } from './support/api';
import { AppServer } from './support/server';

// A server configured for its public HTTPS address (behind the TLS proxy README describes).
let server: AppServer;
test.beforeAll(async () => {
	server = await AppServer.start(undefined, { ORIGIN: 'https://vhcv.example.gov.vn' });
});
test.afterAll(async () => {
	await server.dispose();
});

test('behind HTTPS every response, static files included, tells browsers to stay on HTTPS and not to sniff', async () => {
	const api = await client(server, { origin: 'https://vhcv.example.gov.vn' });
	for (const path of ['/service-worker.js', '/manifest.webmanifest', '/robots.txt', '/api/auth/me', '/login']) {
		const headers = (await api.get(path)).headers();
		expect(headers['strict-transport-security'], path).toBe('max-age=31536000');
		expect(headers['x-content-type-options'], path).toBe('nosniff');
	}
});
