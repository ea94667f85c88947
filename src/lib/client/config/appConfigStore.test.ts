import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DEFAULT_APP_CONFIG, type AppConfig } from '$lib/domain/appConfig';
import { InspectorDatabase } from '../db/database';
import { APP_CONFIG_KEY, readAppConfig, refreshAppConfig } from './appConfigStore';

const opened: InspectorDatabase[] = [];
function freshDb(): InspectorDatabase {
	const db = new InspectorDatabase(`config-${opened.length}-${Math.random().toString(36).slice(2)}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	await Promise.all(opened.splice(0).map((db) => Dexie.delete(db.name)));
});

const served: AppConfig = {
	tiles: { urlTemplate: 'http://127.0.0.1:8123/{z}/{x}/{y}.png', attribution: '© Thử', bulkDownload: true },
	farFromAgencyMetres: 800
};

const answering = (body: unknown, status = 200): typeof fetch => async () => new Response(JSON.stringify(body), { status });

describe('app configuration on the device', () => {
	it('uses the defaults before the server was ever reached', async () => {
		expect(await readAppConfig(freshDb())).toEqual(DEFAULT_APP_CONFIG);
	});

	it('keeps what the server sent, for offline use', async () => {
		const db = freshDb();
		expect(await refreshAppConfig(answering(served), db)).toEqual({ ok: true, config: served });
		expect(await readAppConfig(db)).toEqual(served);
	});

	it('keeps the stored copy when the server is unreachable, errs or sends something else', async () => {
		const db = freshDb();
		await refreshAppConfig(answering(served), db);
		const offline: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect((await refreshAppConfig(offline, db)).ok).toBe(false);
		expect((await refreshAppConfig(answering({ error: 'x' }, 500), db)).ok).toBe(false);
		expect((await refreshAppConfig(answering({ tiles: { urlTemplate: 'nope' } }), db)).ok).toBe(false);
		expect(await readAppConfig(db)).toEqual(served);
	});

	it('falls back to the defaults if the stored copy is damaged', async () => {
		const db = freshDb();
		await db.settings.put({ key: APP_CONFIG_KEY, value: { tiles: 42 } });
		expect(await readAppConfig(db)).toEqual(DEFAULT_APP_CONFIG);
	});
});
