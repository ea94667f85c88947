import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { prng } from '../../src/lib/server/seed/prng';
import { ACCOUNTS, client, signIn, type Session } from './support/api';
import { AppServer } from './support/server';

// Every endpoint and form action, with every method, gets bodies and queries it cannot make sense
// of, as an inspector, a supervisor, an admin and nobody: the answer may be any 4xx, never a 5xx.
let server: AppServer;
let sessions: { name: string; api: APIRequestContext }[];
let admin: Session;

test.beforeAll(async () => {
	server = await AppServer.start();
	admin = await signIn(server, ACCOUNTS.admin);
	sessions = [
		{ name: 'nobody', api: await client(server) },
		{ name: 'inspector', api: (await signIn(server, ACCOUNTS.inspector)).api },
		{ name: 'supervisor', api: (await signIn(server, ACCOUNTS.provinceSupervisor)).api },
		{ name: 'admin', api: admin.api }
	];
});
test.afterAll(async () => {
	await server.dispose();
});

// Deterministic, so a failure names a body that can be sent again.
const random = prng(20261206);
const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
const nested = (depth: number): string => (depth === 0 ? '1' : `{"a":[${nested(depth - 1)}]}`);

/** [content-type, body] pairs nothing valid can be made of. */
const BODIES: [string, Buffer][] = [
	['application/json', Buffer.from('')],
	['application/json', Buffer.from('{')],
	['application/json', Buffer.from('null')],
	['application/json', Buffer.from('[]')],
	['application/json', Buffer.from('"chuỗi"')],
	['application/json', Buffer.from('{"items":[null],"hashes":[1e309],"action":{},"username":[],"password":{"__proto__":{"x":1}}}')],
	['application/json', Buffer.from('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}')],
	['application/json', Buffer.from(nested(2000))],
	['application/json', Buffer.from('\uFEFF{"a":1}')],
	['application/json', Buffer.from([0xff, 0xfe, 0x00, 0x7b])],
	['application/json', randomBytes(600)],
	['text/plain', Buffer.from('items=1')],
	['application/x-www-form-urlencoded', Buffer.from('%E0%A4%A&role=%ZZ&&&=')],
	['multipart/form-data', Buffer.from('--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nadmin\r\n--x--')],
	['multipart/form-data; boundary=x', Buffer.from('--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nadm')],
	['multipart/form-data; boundary=x', randomBytes(300)],
	['image/jpeg', randomBytes(1000)],
	['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
	['application/octet-stream', Buffer.alloc(0)]
];

const GZIP_BODIES: Buffer[] = [Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]), gzipSync(Buffer.from('{"items": ['))];

const QUERIES = [
	'',
	'?page=-1&pageSize=1e309&sort=__proto__',
	'?from=2026-13-45&to=0000-00-00&agency=%00&status[]=x',
	'?cursor=zzz&catalog=' + 'a'.repeat(3000),
	'?agency=' + encodeURIComponent('../../etc/passwd') + '&flags=far-from-agency&flags=%FF',
	'?severity=extreme&hasViolations=maybe&inspector=' + randomUUID()
];

const SOMEONE = randomUUID();
const HASH = 'a'.repeat(64);
const PATHS = [
	'/api/catalog',
	'/api/admin/users',
	`/api/admin/users/${SOMEONE}`,
	'/api/admin/account-options',
	'/api/config',
	'/api/auth/me',
	'/api/auth/login',
	'/api/auth/second-factor',
	'/api/auth/second-factor/enrolment',
	'/api/stats',
	'/api/stats/map',
	`/api/review/${SOMEONE}`,
	'/api/review/not-a-uuid',
	'/api/review/queue',
	'/api/review/inspectors',
	'/api/export/inspections.csv',
	'/api/export/findings.xlsx',
	'/api/export/..%2f..%2fetc%2fpasswd',
	`/api/inspections/${SOMEONE}/revisions/0`,
	`/api/inspections/${SOMEONE}/revisions/x`,
	`/api/inspections/${SOMEONE}`,
	'/api/inspections',
	'/api/sync/pull',
	'/api/sync/push',
	'/api/sync/import',
	`/api/recommendations/${SOMEONE}`,
	'/api/recommendations',
	'/api/photos/missing',
	`/api/photos/${HASH}`,
	`/api/photos/${HASH}?size=thumb`,
	`/api/photos/${HASH}/thumbnail`,
	'/api/photos/XYZ',
	'/api/devices',
	'/api/admin/ledger',
	`/api/verify/${HASH}`,
	'/api/verify/XYZ',
	'/api/photos/XYZ/thumbnail',
	'/admin/users/new',
	`/admin/users/${SOMEONE}?/role`,
	`/admin/users/${SOMEONE}?/password`,
	`/admin/users/${SOMEONE}?/disable`,
	`/admin/users/${SOMEONE}?/enable`,
	`/admin/users/${SOMEONE}?/revokeDevice`,
	`/admin/users/${SOMEONE}?/secondFactor`
];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

test('no malformed request to any endpoint or form action gets a 5xx', async () => {
	test.setTimeout(300_000);
	const failures: string[] = [];
	const check = async (label: string, send: () => Promise<{ status(): number }>) => {
		const status = (await send()).status();
		if (status >= 500) failures.push(`${status} ${label}`);
	};
	for (const { name, api } of sessions) {
		for (const path of PATHS) {
			for (const method of METHODS) {
				if (method === 'GET' || method === 'DELETE') {
					for (const query of QUERIES) {
						const url = path.includes('?') ? path : path + query;
						await check(`${name} ${method} ${url}`, () => api.fetch(url, { method }));
					}
					continue;
				}
				for (const [type, body] of BODIES) {
					await check(`${name} ${method} ${path} [${type}] ${body.subarray(0, 40).toString('hex')}`, () =>
						api.fetch(path, { method, data: body, headers: { 'content-type': type } })
					);
				}
				for (const body of GZIP_BODIES) {
					await check(`${name} ${method} ${path} [gzip] ${body.toString('hex')}`, () =>
						api.fetch(path, { method, data: body, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } })
					);
				}
			}
		}
	}
	// A form action on an account that exists, with bodies that are not forms: refused, nothing changed.
	for (const action of ['role', 'password', 'disable', 'enable', 'secondFactor']) {
		for (const [type, body] of BODIES.filter(([type]) => type.startsWith('multipart'))) {
			await check(`admin POST /admin/users/${admin.userId}?/${action} [${type}]`, () =>
				admin.api.fetch(`/admin/users/${admin.userId}?/${action}`, { method: 'POST', data: body, headers: { 'content-type': type } })
			);
		}
	}
	expect(failures).toEqual([]);
	// Whoever was signed in still is, and the server still answers.
	expect((await admin.api.get('/api/auth/me')).status()).toBe(200);
});
