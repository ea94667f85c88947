import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
	it('defaults to SQLite in ./data, no demo accounts, 30-day sessions', () => {
		expect(loadConfig({})).toEqual({
			dataDir: resolve('data'),
			database: { kind: 'sqlite', file: resolve('data/vhcv.sqlite'), photoDir: resolve('data/photos') },
			demoMode: false,
			demoPassword: null,
			sessionDays: 30,
			origin: null,
			totpRequiredRoles: ['admin', 'supervisor']
		});
	});

	it('asks a second factor of admins and supervisors on a real install, of nobody in demo mode, of whom TOTP_REQUIRED_ROLES names', () => {
		expect(loadConfig({ DEMO_MODE: 'true' }).totpRequiredRoles).toEqual([]);
		expect(loadConfig({ DEMO_MODE: 'true', TOTP_REQUIRED_ROLES: 'supervisor, admin' }).totpRequiredRoles).toEqual(['supervisor', 'admin']);
		expect(loadConfig({ TOTP_REQUIRED_ROLES: 'none' }).totpRequiredRoles).toEqual([]);
		expect(loadConfig({ TOTP_REQUIRED_ROLES: 'admin' }).totpRequiredRoles).toEqual(['admin']);
		expect(() => loadConfig({ TOTP_REQUIRED_ROLES: 'admin,boss' })).toThrow(/TOTP_REQUIRED_ROLES must be none or a comma list/);
	});

	it('reads every variable, treating empty ones as unset', () => {
		const config = loadConfig({
			DATA_DIR: '/srv/vhcv',
			DATABASE_URL: 'postgresql://app:secret@db:5432/vhcv',
			DEMO_MODE: 'yes',
			DEMO_PASSWORD: 'hoi-thao-2026',
			SESSION_DAYS: '45',
			ORIGIN: 'https://vhcv.example.gov.vn',
			DATABASE_POOL_SIZE: '40',
			PORT: ''
		});
		expect(config).toMatchObject({
			dataDir: '/srv/vhcv',
			database: { kind: 'postgres', url: 'postgresql://app:secret@db:5432/vhcv', poolSize: 40 },
			demoMode: true,
			demoPassword: 'hoi-thao-2026',
			sessionDays: 45,
			origin: 'https://vhcv.example.gov.vn'
		});
		expect(loadConfig({ DATABASE_URL: '', DEMO_MODE: '' }).database.kind).toBe('sqlite');
		expect(loadConfig({ DATABASE_URL: 'postgres://db/vhcv' }).database).toMatchObject({ poolSize: 10 });
	});

	it('lists every bad variable in one clear error, without echoing secrets', () => {
		let error: unknown;
		try {
			loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x', DEMO_MODE: 'maybe', SESSION_DAYS: 'thirty', ORIGIN: 'vhcv.gov.vn' });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const message = (error as Error).message;
		for (const name of ['DATABASE_URL', 'DEMO_MODE', 'SESSION_DAYS', 'ORIGIN']) expect(message).toContain(name);
		expect(message).toContain('"maybe"');
		expect(message).not.toContain('hunter2');
	});

	it('refuses session lengths out of range and a demo password outside demo mode', () => {
		expect(() => loadConfig({ SESSION_DAYS: '0' })).toThrow(/SESSION_DAYS/);
		expect(() => loadConfig({ SESSION_DAYS: '400' })).toThrow(/SESSION_DAYS/);
		expect(() => loadConfig({ DEMO_PASSWORD: 'long enough password' })).toThrow(/only allowed with DEMO_MODE/);
		expect(() => loadConfig({ DEMO_MODE: 'true', DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD/);
		expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
		expect(() => loadConfig({ DATABASE_POOL_SIZE: '500' })).toThrow(/DATABASE_POOL_SIZE/);
		expect(() => loadConfig({ PASSWORD_HASH_THREADS: 'many' })).toThrow(/PASSWORD_HASH_THREADS/);
		expect(() => loadConfig({ PASSWORD_HASH_QUEUE: '0' })).toThrow(/PASSWORD_HASH_QUEUE/);
	});
});
