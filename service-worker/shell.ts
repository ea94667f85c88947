/**
 * What the worker caches and which navigations get the app shell. Kept free of worker globals
 * so the rules read as data and stay easy to change when server-rendered routes appear.
 */

import type { PrecacheEntry } from 'workbox-precaching';

/** The client-rendered page (src/routes/app-shell) served for every navigation. */
export const SHELL_PATH = '/app-shell';

/**
 * Navigations that must reach the server. `/api/*` answers data, never a page; `/admin/*` pages are
 * server-rendered, online-only forms. Later server-only routes (exports) belong here too.
 */
export const SERVER_NAVIGATIONS: RegExp[] = [/^\/api(\/|$)/, /^\/admin(\/|$)/];

/**
 * Every URL the app needs offline. Vite's chunks carry a content hash in their file name, so they
 * need no revision (Workbox fetches them once and keeps them). Static files and the shell keep
 * their names across builds, so they take the build version as revision: a new build refetches
 * them, an unchanged build does not.
 */
export function precacheEntries(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[],
	version: string
): PrecacheEntry[] {
	const hashed = build.map((url): PrecacheEntry => ({ url, revision: null }));
	const named = [...files, ...prerendered].map((url): PrecacheEntry => ({ url, revision: version }));
	return [...hashed, ...named];
}

/** Whether a navigation to this path is answered with the shell (pages render in the browser). */
export function servesShell(pathname: string, base: string): boolean {
	const path = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
	return !SERVER_NAVIGATIONS.some((pattern) => pattern.test(path));
}
