import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_BUILD_DIR } from './server';

/** Where the "next deployment" of the update test is built, beside build/ (gitignored: /build-*). */
export const NEXT_BUILD_DIR = 'build-e2e-next';
export const NEXT_VERSION = 'e2e-v2';

export interface NextBuild {
	dir: string;
	version: string;
	/** Seconds spent building now, or null when a fresh earlier build was reused. */
	builtInSeconds: number | null;
}

/** The build version (`kit.version.name`) written into a build's `_app/version.json`. */
export function buildVersion(buildDir: string): string {
	const file = resolve(buildDir, 'client', '_app', 'version.json');
	const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (typeof parsed !== 'object' || parsed === null || !('version' in parsed) || typeof parsed.version !== 'string') {
		throw new Error(`No version in ${file}`);
	}
	return parsed.version;
}

/**
 * A second build of the same sources with another version name: to the browser, a new
 * deployment (the worker script differs, so it installs and waits). Built only when missing or
 * older than build/, since the same sources give the same app.
 */
export function ensureNextBuild(): NextBuild {
	const marker = resolve(NEXT_BUILD_DIR, 'handler.js');
	const current = resolve(DEFAULT_BUILD_DIR, 'handler.js');
	let builtInSeconds: number | null = null;
	if (!existsSync(marker) || statSync(marker).mtimeMs <= statSync(current).mtimeMs) {
		const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
		const started = Date.now();
		const result = spawnSync(process.execPath, [vite, 'build'], {
			env: { ...process.env, APP_VERSION: NEXT_VERSION, BUILD_OUT: NEXT_BUILD_DIR },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		if (result.status !== 0) {
			throw new Error(`Building ${NEXT_BUILD_DIR} failed:\n${result.stdout}\n${result.stderr}`);
		}
		builtInSeconds = (Date.now() - started) / 1000;
	}
	const version = buildVersion(NEXT_BUILD_DIR);
	if (version === buildVersion(DEFAULT_BUILD_DIR)) {
		throw new Error(`${DEFAULT_BUILD_DIR}/ and ${NEXT_BUILD_DIR}/ have the same version (${version}): build ${DEFAULT_BUILD_DIR}/ without APP_VERSION=${NEXT_VERSION}.`);
	}
	return { dir: NEXT_BUILD_DIR, version, builtInSeconds };
}
