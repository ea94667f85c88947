import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { deviceRegistration, rememberInspectorName } from '../../fixtures/sync/pushItems';
import { TEST_PASSWORD, type AppServer } from './server';

/** The demo accounts of a test server (all with TEST_PASSWORD). */
export const ACCOUNTS = {
	inspector: 'thanhtra1',
	otherInspector: 'thanhtra2',
	provinceSupervisor: 'giamsat.tinh',
	/** Supervisor of Xã Sơn Dương and what is below it. */
	communeSupervisor: 'giamsat.xa',
	admin: 'quantri'
} as const;

/** An agency inside Xã Sơn Dương (the commune supervisor's jurisdiction) and one outside it. */
export const INSIDE_COMMUNE = 'xa-son-duong.mot-cua';
export const OUTSIDE_COMMUNE = 'xa-yen-son.mot-cua';
export const TEMPLATE = 'van-hoa-cong-vu';

export interface Session {
	api: APIRequestContext;
	userId: string;
	displayName: string;
}

/** A request context that behaves like the app's pages: same Origin, cookies kept. */
export function client(server: AppServer, headers: Record<string, string> = {}): Promise<APIRequestContext> {
	return request.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin, ...headers } });
}

/**
 * Signs in through the API. An inspector's test device key (fixtures/sync/pushItems.ts) is
 * registered at once, as the app does at sign-in, so the records the test signs are accepted.
 */
export async function signIn(server: AppServer, username: string): Promise<Session> {
	const api = await client(server);
	const response = await api.post('/api/auth/login', { data: { username, password: TEST_PASSWORD } });
	expect(response.status(), await response.text()).toBe(200);
	const body = (await response.json()) as { user: { id: string; displayName: string; role: string } };
	rememberInspectorName(body.user.id, body.user.displayName);
	if (body.user.role === 'inspector') {
		const registered = await api.post('/api/devices', { data: await deviceRegistration(body.user.id) });
		expect([200, 201], await registered.text()).toContain(registered.status());
	}
	return { api, userId: body.user.id, displayName: body.user.displayName };
}

/** The API's error body, checked for its shape. */
export async function apiError(response: APIResponse): Promise<{ code: string; message: string; fields?: Record<string, string[]> }> {
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
	expect(typeof body.error.code).toBe('string');
	expect(body.error.message.length).toBeGreaterThan(0);
	expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|Error:/);
	return body.error;
}

export interface StoredView {
	submission: { inspectionId: string; revision: number; status: string; contentHash: string; inspectorId: string };
	events: { action: string }[];
}

export async function readInspection(api: APIRequestContext, id: string): Promise<StoredView> {
	const response = await api.get(`/api/inspections/${id}`);
	expect(response.status()).toBe(200);
	return (await response.json()) as StoredView;
}

/** Ids of the latest revisions a user may read (newest change first), for "nothing changed" checks. */
export async function listInspectionIds(api: APIRequestContext): Promise<string[]> {
	const response = await api.get('/api/inspections');
	expect(response.status()).toBe(200);
	return ((await response.json()) as { items: { inspectionId: string; status: string }[] }).items.map((i) => `${i.inspectionId}:${i.status}`);
}
