const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
	return STATE_CHANGING.has(method);
}

/**
 * Whether a state-changing request comes from the app's own pages. SvelteKit checks Origin only for
 * form content types; JSON and binary bodies (sync, photos, login) are checked here. Browsers send
 * Origin on every cross-origin and every non-GET request, so when it is present it decides; without
 * it, Sec-Fetch-Site (also set by the browser, never by a page's script) must say same-origin. A
 * request with neither is refused: it comes from no browser page of ours.
 */
export function isSameOriginRequest(headers: Headers, appOrigin: string): boolean {
	const origin = headers.get('origin');
	if (origin !== null) return origin === appOrigin;
	return headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * A refused request that came from this very server's pages, opened under another address than
 * ORIGIN (the Origin names the host the request was sent to): not an attack, a wrong address.
 */
export function isOwnPageElsewhere(headers: Headers): boolean {
	const origin = headers.get('origin');
	const host = headers.get('host');
	if (origin === null || host === null) return false;
	try {
		return new URL(origin).host === host;
	} catch {
		return false;
	}
}
